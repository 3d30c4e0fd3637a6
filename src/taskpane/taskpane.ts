/** Task pane entry: waits for Office, then says whether it runs inside Excel. */

function setStatus(text: string): void {
  const status = document.getElementById("host-status");
  if (status) status.textContent = text;
}

Office.onReady((info) => {
  setStatus(
    info.host === Office.HostType.Excel
      ? "Connected to Excel."
      : "Outside Excel: browse the catalogue and download tables."
  );
});

// Browser-only file and clipboard helpers for the studio (Blazor calls them through IJSRuntime).

// Saves text as a file download: a Blob URL on a temporary link, revoked once the click has been handled.
export function downloadText(fileName, text, mimeType) {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

// Copies text to the clipboard; false where the browser refuses (no permission, insecure context).
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

// Saves a Plotly chart as a PNG in print colours (opaque background, dark text) with its title on top: the screen's
// colours are near-white text on a transparent page, unreadable once the image sits on white. The chart on screen is
// left as it is; a copy of its figure is drawn off-screen. False where the chart or Plotly is not there.
export async function downloadChartPng(elementId, fileName, title, theme) {
  const chart = document.getElementById(elementId);
  const plotly = window.Plotly;
  if (!chart || !chart.layout || !plotly) {
    return false;
  }

  const layout = JSON.parse(JSON.stringify(chart.layout));
  layout.paper_bgcolor = theme.background;
  layout.plot_bgcolor = theme.background;
  layout.font = { ...(layout.font || {}), color: theme.text };
  layout.title = { text: title, x: 0.01, xanchor: "left", font: { size: 14, color: theme.text } };
  layout.margin = { ...(layout.margin || {}), t: 48 };
  for (const key of Object.keys(layout)) {
    if (/^[xy]axis\d*$/.test(key)) {
      layout[key].gridcolor = theme.grid;
      layout[key].zerolinecolor = theme.grid;
      layout[key].linecolor = theme.grid;
    }
  }
  if (layout.legend) {
    layout.legend.bgcolor = theme.background;
  }

  const height = (layout.height || 300) + 36;
  layout.height = height;
  await plotly.downloadImage({ data: chart.data, layout },
    { format: "png", filename: fileName, width: Math.max(chart.clientWidth, 480), height, scale: 2 });
  return true;
}

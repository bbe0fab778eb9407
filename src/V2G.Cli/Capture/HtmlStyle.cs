namespace V2G.Cli.Capture;

/// <summary>The inline stylesheet of the HTML report (system fonts only: the file loads nothing).</summary>
internal static class HtmlStyle
{
    /// <summary>The CSS.</summary>
    public const string Css = """
        body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
        h1{font-size:1.4em}h2{margin-top:1.5em;border-bottom:1px solid #ccc}
        dl.header{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dt{font-weight:600}dd{margin:0}
        .lanes,summary{display:grid;grid-template-columns:6em 1fr;align-items:center}
        .lanes{grid-template-columns:6em 4em 1fr 4em;font-weight:600;border-bottom:2px solid #888}
        .lane{text-align:center}.time{font-variant-numeric:tabular-nums;color:#555}
        details.message{border-left:3px solid #888;border-right:3px solid #888;margin:0 0 0 6em}
        details.message summary{margin-left:-6em;cursor:pointer;list-style:none}
        .arrow{display:grid;grid-template-columns:1fr;padding:.1em 4em}
        .arrow .name{font-weight:600}.arrow.left .name,.arrow.left .fields{text-align:right}
        .arrow .fields{font-size:.85em;color:#555;overflow-wrap:anywhere}
        svg.arrowhead{width:100%;height:10px}svg.arrowhead line{stroke:#333;stroke-width:2}svg.arrowhead path{fill:#333}
        .error,.error .name{color:#b00020}details.error{background:#fdecee}.problem{background:#fff4e0;padding:.2em 0 .2em 6em}
        .content{padding:.3em 1em}pre{background:#f6f6f6;padding:.5em;overflow:auto;max-height:30em}
        .plots{display:flex;flex-wrap:wrap;gap:1em}svg.plot{border:1px solid #ddd;background:#fff}
        svg.plot .tick{font-size:10px;fill:#444}svg.plot .axis{font-size:11px;fill:#222}svg.plot .legend{font-size:11px;font-weight:600}
        """;
}

using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Per-row maxima kept in a <c>List&lt;T&gt;</c> (SoftmaxModel.AppendKeys.cs): a value appended once per iteration of a
/// row loop (<c>peaks.Add(m)</c>, <c>peaks.Insert(r, m)</c>, <c>peaks.Add(row.Max())</c> in a <c>foreach</c>) is element
/// i of that loop, as the array store <c>peaks[r] = m</c> is. Read back per row (<c>peaks[r]</c>, a running index, a
/// parallel <c>Zip</c>) it is that row's max: silent (on main a whole-call append read outside the loop was a false
/// LG0001). Read at one slot for every row (<c>peaks[0]</c>) it is one row's max shifting the others: LG0001 at the
/// fold. Row-major 2D, column-major, flat with a stride, spans, jagged rows, <c>List&lt;T[]&gt;</c> rows; float and double.
/// </summary>
public class SoftmaxModelListedPeakTests
{
    /// <summary>Layouts whose peaks are appended in a row loop; <c>{READ}</c> is the shift, <c>{MARKFOLD}</c> marks the fold line.</summary>
    public static TheoryData<string, string> AppendLoops => new()
    {
        { "RowMajor2D", """
            static {t}[,] F({t}[,] x) {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                var peaks = new List<{t}>();
                for (int r = 0; r < rows; r++) {
                    {t} m = {t}.NegativeInfinity;
                    for (int c = 0; c < cols; c++) m = {M}.Max(m, x[r, c]);{MARKFOLD}
                    peaks.Add(m);
                }
                {PRE}
                var y = new {t}[rows, cols];
                for (int r = 0; r < rows; r++) {
                    {t} s = 0;
                    for (int c = 0; c < cols; c++) s += y[r, c] = {M}.Exp(x[r, c] - {READ});{MARKEXP}
                    for (int c = 0; c < cols; c++) y[r, c] /= s;
                }
                return y;
            }
            """ },
        { "JaggedForeach", """
            static {t}[][] F({t}[][] x) {
                var peaks = new List<{t}>();
                foreach (var row in x) peaks.Add(row.Max());{MARKFOLD}
                {PRE}
                var y = new {t}[x.Length][];
                for (int r = 0; r < x.Length; r++) {
                    y[r] = new {t}[x[r].Length];
                    {t} s = 0;
                    for (int c = 0; c < x[r].Length; c++) s += y[r][c] = {M}.Exp(x[r][c] - {READ});{MARKEXP}
                    for (int c = 0; c < x[r].Length; c++) y[r][c] /= s;
                }
                return y;
            }
            """ },
        { "FlatStride", """
            static {t}[] F({t}[] x, int rows, int cols) {
                var peaks = new List<{t}>(rows);
                for (int r = 0; r < rows; r++) {
                    {t} m = x[r * cols];
                    for (int c = 1; c < cols; c++) m = {M}.Max(m, x[r * cols + c]);{MARKFOLD}
                    peaks.Add(m);
                }
                {PRE}
                var y = new {t}[x.Length];
                for (int r = 0; r < rows; r++) {
                    {t} s = 0;
                    for (int c = 0; c < cols; c++) s += y[r * cols + c] = {M}.Exp(x[r * cols + c] - {READ});{MARKEXP}
                    for (int c = 0; c < cols; c++) y[r * cols + c] /= s;
                }
                return y;
            }
            """ },
        { "ColumnMajor", """
            static {t}[,] F({t}[,] x) {
                int classes = x.GetLength(0), batch = x.GetLength(1);
                var peaks = new List<{t}>();
                for (int r = 0; r < batch; r++) {
                    {t} m = {t}.NegativeInfinity;
                    for (int c = 0; c < classes; c++) if (x[c, r] > m) m = x[c, r];{MARKFOLD}
                    peaks.Add(m);
                }
                {PRE}
                var y = new {t}[classes, batch];
                for (int r = 0; r < batch; r++) {
                    {t} s = 0;
                    for (int c = 0; c < classes; c++) s += y[c, r] = {M}.Exp(x[c, r] - {READ});{MARKEXP}
                    for (int c = 0; c < classes; c++) y[c, r] /= s;
                }
                return y;
            }
            """ },
        { "SpanRows", """
            static {t}[] F({t}[] x, int rows, int cols) {
                var peaks = new List<{t}>();
                for (int r = 0; r < rows; r++) {
                    ReadOnlySpan<{t}> row = x.AsSpan(r * cols, cols);
                    {t} m = {t}.NegativeInfinity;
                    foreach (var v in row) m = {M}.Max(m, v);{MARKFOLD}
                    peaks.Add(m);
                }
                {PRE}
                var y = new {t}[x.Length];
                for (int r = 0; r < rows; r++) {
                    ReadOnlySpan<{t}> row = x.AsSpan(r * cols, cols);
                    Span<{t}> outp = y.AsSpan(r * cols, cols);
                    {t} s = 0;
                    for (int c = 0; c < cols; c++) s += outp[c] = {M}.Exp(row[c] - {READ});{MARKEXP}
                    for (int c = 0; c < cols; c++) outp[c] /= s;
                }
                return y;
            }
            """ },
        { "ListOfRows", """
            static List<{t}[]> F(List<{t}[]> rows) {
                var peaks = new List<{t}>();
                foreach ({t}[] row in rows) {
                    {t} m = row[0];
                    for (int c = 1; c < row.Length; c++) m = {M}.Max(m, row[c]);{MARKFOLD}
                    peaks.Add(m);
                }
                {PRE}
                var y = new List<{t}[]>();
                for (int r = 0; r < rows.Count; r++) {
                    var e = new {t}[rows[r].Length];
                    {t} s = 0;
                    for (int c = 0; c < e.Length; c++) s += e[c] = {M}.Exp(rows[r][c] - {READ});{MARKEXP}
                    for (int c = 0; c < e.Length; c++) e[c] /= s;
                    y.Add(e);
                }
                return y;
            }
            """ },
        { "Insert", """
            static {t}[,] F({t}[,] x) {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                var peaks = new List<{t}>();
                for (int r = 0; r < rows; r++) {
                    {t} m = x[r, 0];
                    for (int c = 1; c < cols; c++) m = {M}.Max(m, x[r, c]);{MARKFOLD}
                    peaks.Insert(r, m);
                }
                {PRE}
                var y = new {t}[rows, cols];
                for (int r = 0; r < rows; r++) {
                    {t} s = 0;
                    for (int c = 0; c < cols; c++) s += y[r, c] = {M}.Exp(x[r, c] - {READ});{MARKEXP}
                    for (int c = 0; c < cols; c++) y[r, c] /= s;
                }
                return y;
            }
            """ },
        { "RunningIndexForeach", """
            static List<{t}[]> F(List<{t}[]> rows) {
                var peaks = new List<{t}>();
                foreach (var row in rows) peaks.Add(row.Max());{MARKFOLD}
                {PRE}
                var y = new List<{t}[]>();
                int r = 0;
                foreach (var row in rows) {
                    var e = new {t}[row.Length];
                    {t} s = 0;
                    for (int c = 0; c < row.Length; c++) s += e[c] = {M}.Exp(row[c] - {READ});{MARKEXP}
                    for (int c = 0; c < row.Length; c++) e[c] /= s;
                    y.Add(e);
                    r++;
                }
                return y;
            }
            """ },
        { "ListJaggedFor", """
            static {t}[][] F({t}[][] x) {
                var peaks = new List<{t}>();
                for (int r = 0; r < x.Length; r++) peaks.Add(x[r].Max());{MARKFOLD}
                {PRE}
                var y = new {t}[x.Length][];
                for (int r = 0; r < x.Length; r++) {
                    y[r] = new {t}[x[r].Length];
                    {t} s = 0;
                    for (int c = 0; c < x[r].Length; c++) s += y[r][c] = {M}.Exp(x[r][c] - {READ});{MARKEXP}
                    for (int c = 0; c < x[r].Length; c++) y[r][c] /= s;
                }
                return y;
            }
            """ },
    };

    /// <summary>Layouts whose peak list is built whole from per-row maxima, or read by a parallel <c>Zip</c>.</summary>
    public static TheoryData<string, string> WholeLists => new()
    {
        { "AddRange", """
            static {t}[][] F({t}[][] x) {
                var peaks = new List<{t}>();
                peaks.AddRange(x.Select(row => row.Max()));{MARKFOLD}
                {PRE}
                var y = new {t}[x.Length][];
                for (int r = 0; r < x.Length; r++) {
                    y[r] = new {t}[x[r].Length];
                    {t} s = 0;
                    for (int c = 0; c < x[r].Length; c++) s += y[r][c] = {M}.Exp(x[r][c] - {READ});{MARKEXP}
                    for (int c = 0; c < x[r].Length; c++) y[r][c] /= s;
                }
                return y;
            }
            """ },
        { "CollectionExpression", """
            static {t}[][] F({t}[][] x) {
                List<{t}> peaks = [.. x.Select(row => row.Max())];{MARKFOLD}
                {PRE}
                var y = new {t}[x.Length][];
                for (int r = 0; r < x.Length; r++) {
                    y[r] = new {t}[x[r].Length];
                    {t} s = 0;
                    for (int c = 0; c < x[r].Length; c++) s += y[r][c] = {M}.Exp(x[r][c] - {READ});{MARKEXP}
                    for (int c = 0; c < x[r].Length; c++) y[r][c] /= s;
                }
                return y;
            }
            """ },
        { "SelectToList", """
            static {t}[][] F({t}[][] x) {
                var peaks = x.Select(row => row.Max()).ToList();{MARKFOLD}
                {PRE}
                var y = new {t}[x.Length][];
                for (int r = 0; r < x.Length; r++) {
                    y[r] = new {t}[x[r].Length];
                    {t} s = 0;
                    for (int c = 0; c < x[r].Length; c++) s += y[r][c] = {M}.Exp(x[r][c] - {READ});{MARKEXP}
                    for (int c = 0; c < x[r].Length; c++) y[r][c] /= s;
                }
                return y;
            }
            """ },
        { "ZipRows", """
            static {t}[][] F({t}[][] x) {
                var peaks = new List<{t}>();
                foreach (var row in x) peaks.Add(row.Max());{MARKFOLD}
                {PRE}
                var y = new List<{t}[]>();
                foreach (var (row, peak) in x.Zip(peaks)) {
                    var e = new {t}[row.Length];
                    {t} s = 0;
                    for (int c = 0; c < row.Length; c++) s += e[c] = {M}.Exp(row[c] - peak);{MARKEXP}
                    for (int c = 0; c < row.Length; c++) e[c] /= s;
                    y.Add(e);
                }
                return y.ToArray();
            }
            """ },
    };

    /// <summary>Each layout's peaks read per row: correct, silent.</summary>
    [Theory]
    [MemberData(nameof(AppendLoops))]
    [MemberData(nameof(WholeLists))]
    public async Task PeaksReadPerRow_AreSilent(string layout, string body)
    {
        foreach (var type in new[] { "float", "double" })
        {
            var ids = await SourceMarkers.ReportedIdsAtLinesAsync(Source(body, type, pre: "", read: "peaks[r]", foldMark: ""));
            Assert.True(ids.Count == 0, $"{layout} {type}: {string.Join(", ", ids)}");
        }
    }

    /// <summary>The first row's peak shifting every row: one slice's max for the others, LG0001 at the fold.</summary>
    [Theory]
    [MemberData(nameof(AppendLoops))]
    public async Task FirstPeakForEveryRow_IsLG0001AtTheFold(string layout, string body)
    {
        Assert.NotEmpty(layout);
        foreach (var type in new[] { "float", "double" })
        {
            await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(body, type, pre: "", read: "peaks[0]", foldMark: " //~ LG0001"));
        }
    }

    /// <summary>
    /// The list built whole from per-row maxima (<c>Select(row =&gt; row.Max()).ToList()</c>, a collection expression) and
    /// its max taken again: the max of every element, LG0001 there; read per row it is silent (above).
    /// </summary>
    [Theory]
    [InlineData("CollectionExpression")]
    [InlineData("SelectToList")]
    public async Task MaxOfWholeBuiltPeakList_IsLG0001(string layout)
    {
        var body = (string)WholeLists.Single(row => (string)row[0] == layout)[1];
        foreach (var type in new[] { "float", "double" })
        {
            await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(body, type, pre: "var top = peaks.Max(); //~ LG0001", read: "top", foldMark: ""));
        }
    }

    private static string Source(string body, string type, string pre, string read, string foldMark) =>
        "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nstatic class C {\n"
        + body.Replace("{t}", type).Replace("{M}", type == "float" ? "MathF" : "Math").Replace("{PRE}", pre).Replace("{READ}", read)
            .Replace("{MARKFOLD}", foldMark).Replace("{MARKEXP}", "")
        + "\n}\n";
}

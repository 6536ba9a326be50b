using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model's one decision over a shift's extent against the softmax slice (<see cref="SoftmaxModel.SpanOf"/>,
/// branch gaps26): a whole block or dimension around a moved window is too wide, a fold of per-slice folds kept in a
/// buffer spans the slices, a per-slice shift element picked by the softmax axis variable is another axis, a minimum
/// behind a factor of unknown sign is judged for its axis only, and equal walk sizes are no extent mismatch.
/// </summary>
public class SoftmaxModelShiftSpanTests
{
    private const string RowSegments = """
        static void Segments(float[] x, int rows, int cols, int w, float[] y) {
            for (int r = 0; r < rows; r++) {
                SHIFT_OUTSIDE
                for (int s = 0; s < cols / w; s++) {
                    SHIFT_INSIDE
                    float z = 0f;
                    for (int t = 0; t < w; t++) { y[r * cols + s * w + t] = MathF.Exp(x[r * cols + s * w + t] - m); z += y[r * cols + s * w + t]; }
                    for (int t = 0; t < w; t++) y[r * cols + s * w + t] /= z;
                }
            }
        }
        """;

    [Fact]
    public void SegmentOfARow_WalksTheUnitStrideOnly_AndTheRowMaxAroundItIsTooWide()
    {
        const string rowMax = "float m = float.NegativeInfinity; for (int k = 0; k < cols; k++) m = MathF.Max(m, x[r * cols + k]);";
        const string segmentMax = "float m = float.NegativeInfinity; for (int t = 0; t < w; t++) m = MathF.Max(m, x[r * cols + s * w + t]);";
        var wide = RowSegments.Replace("SHIFT_OUTSIDE", rowMax).Replace("SHIFT_INSIDE", string.Empty);
        var own = RowSegments.Replace("SHIFT_OUTSIDE", string.Empty).Replace("SHIFT_INSIDE", segmentMax);

        // The segment loop t walks stride 1 inside the block s picks; the row stride cols is picked outside it.
        Assert.Contains("| sum z {x.s:1} |", Describe(own)["Segments"], StringComparison.Ordinal);
        Assert.Equal(new[] { ShiftSpan.TooWide }, Spans(wide, "Segments"));
        Assert.Equal(new[] { ShiftSpan.Slice }, Spans(own, "Segments"));
    }

    [Theory]
    [InlineData("for (int p = 0; p < plane; p++) m = Math.Max(m, a[origin + p]);", "TooWide")]
    [InlineData("for (int i = 0; i < height; i++) for (int j = 0; j < width; j++) m = Math.Max(m, a[origin + i * width + j]);", "TooWide")]
    [InlineData("", "Slice")]
    public void FlatPlaneAroundAWindow(string planeMax, string expected)
    {
        var source = $$"""
            static void Pool(double[] a, int channels, int height, int width, double[] o) {
                int plane = height * width;
                for (int c = 0; c < channels; c++) {
                    int origin = c * plane;
                    double m = double.NegativeInfinity;
                    {{planeMax}}
                    for (int y = 0; y < height; y += 3)
                        for (int x = 0; x < width; x += 3) {
                            int corner = origin + y * width + x;
                            {{(planeMax.Length == 0 ? "m = double.NegativeInfinity; for (int dy = 0; dy < 3; dy++) for (int dx = 0; dx < 3; dx++) m = Math.Max(m, a[corner + dy * width + dx]);" : string.Empty)}}
                            double z = 0;
                            for (int dy = 0; dy < 3; dy++) for (int dx = 0; dx < 3; dx++) { o[corner + dy * width + dx] = Math.Exp(a[corner + dy * width + dx] - m); z += o[corner + dy * width + dx]; }
                            for (int dy = 0; dy < 3; dy++) for (int dx = 0; dx < 3; dx++) o[corner + dy * width + dx] /= z;
                        }
                }
            }
            """;
        Assert.Equal(new[] { Enum.Parse<ShiftSpan>(expected) }, Spans(source, "Pool"));
    }

    [Fact]
    public void WholeDimensionOfAnArrayAroundAWindow_IsTooWide_TheWindowsOwnMaxIsTheSlice()
    {
        const string template = """
            static void Pool(float[,] a, int k, float[,] o) {
                for (int y = 0; y < a.GetLength(0); y += k)
                    for (int x = 0; x < a.GetLength(1); x += k) {
                        float m = float.NegativeInfinity;
                        for (int i = FROM_I; i < TO_I; i++) for (int j = FROM_J; j < TO_J; j++) m = MathF.Max(m, a[i, j]);
                        float z = 0f;
                        for (int dy = 0; dy < k; dy++) for (int dx = 0; dx < k; dx++) { o[y + dy, x + dx] = MathF.Exp(a[y + dy, x + dx] - m); z += o[y + dy, x + dx]; }
                        for (int dy = 0; dy < k; dy++) for (int dx = 0; dx < k; dx++) o[y + dy, x + dx] /= z;
                    }
            }
            """;
        var whole = template.Replace("FROM_I", "0").Replace("TO_I", "a.GetLength(0)").Replace("FROM_J", "0").Replace("TO_J", "a.GetLength(1)");
        var window = template.Replace("FROM_I", "y").Replace("TO_I", "y + k").Replace("FROM_J", "x").Replace("TO_J", "x + k");
        Assert.Equal(new[] { ShiftSpan.TooWide }, Spans(whole, "Pool"));
        Assert.Equal(new[] { ShiftSpan.Slice }, Spans(window, "Pool"));
    }

    [Fact]
    public void FoldOfABufferOfRowMaxima_SpansTheRows()
    {
        const string template = """
            static void Rows(double[][] x, double[][] y) {
                var rowMax = new double[x.Length];
                for (int i = 0; i < x.Length; i++) { rowMax[i] = double.NegativeInfinity; foreach (double v in x[i]) rowMax[i] = Math.Max(rowMax[i], v); }
                double g = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) g = Math.Max(g, rowMax[i]);
                for (int i = 0; i < x.Length; i++) {
                    double z = 0;
                    for (int j = 0; j < x[i].Length; j++) { y[i][j] = Math.Exp(x[i][j] - SHIFT); z += y[i][j]; }
                    for (int j = 0; j < x[i].Length; j++) y[i][j] /= z;
                }
            }
            """;
        Assert.Contains("| max g {x.d0,x.d1} |", Describe(template.Replace("SHIFT", "g"))["Rows"], StringComparison.Ordinal);
        Assert.Equal(new[] { ShiftSpan.TooWide }, Spans(template.Replace("SHIFT", "g"), "Rows"));
        Assert.Equal(new[] { ShiftSpan.Slice }, Spans(template.Replace("SHIFT", "rowMax[i]"), "Rows"));
    }

    [Fact]
    public void PerSliceShiftPickedByTheSoftmaxAxisVariable_IsAnotherAxis()
    {
        const string template = """
            static void Rows(float[] cost, int rows, int cols, float[] p) {
                var rowMin = new float[Math.Max(rows, cols)];
                for (int r = 0; r < rows; r++) { rowMin[r] = float.PositiveInfinity; for (int c = 0; c < cols; c++) rowMin[r] = MathF.Min(rowMin[r], cost[r * cols + c]); }
                for (int r = 0; r < rows; r++) {
                    float z = 0f;
                    for (int c = 0; c < cols; c++) { p[r * cols + c] = MathF.Exp(rowMin[INDEX] - cost[r * cols + c]); z += p[r * cols + c]; }
                    for (int c = 0; c < cols; c++) p[r * cols + c] /= z;
                }
            }
            """;
        Assert.Equal(new[] { ShiftSpan.OtherAxis }, Spans(template.Replace("INDEX", "c"), "Rows"));
        Assert.Equal(new[] { ShiftSpan.Slice }, Spans(template.Replace("INDEX", "r"), "Rows"));
    }

    [Theory]
    [InlineData("/ Math.Cos(phase[c])", true)]
    [InlineData("/ kT[c]", false)]
    public void MinimumBehindAFactorOfUnknownSign_IsJudgedForItsAxisOnly(string factor, bool signUnknown)
    {
        // A temperature read from other data that scales the whole difference is read as positive (branch scaledshift,
        // ScaledShiftFactors.cs); a cosine of a phase is of unknown sign. Either way the per-level minimum is another
        // axis and the per-condition one the slice's.
        var template = """
            static void Levels(double[,] e, double[] kT, double[] phase, double[,] p) {
                int conditions = e.GetLength(0), levels = e.GetLength(1);
                var least = new double[LENGTH];
                for (int a = 0; a < OUTER; a++) { least[a] = double.PositiveInfinity; for (int b = 0; b < INNER; b++) least[a] = Math.Min(least[a], ELEMENT); }
                for (int c = 0; c < conditions; c++) {
                    double z = 0;
                    for (int l = 0; l < levels; l++) { p[c, l] = Math.Exp(-(e[c, l] - least[READ]) FACTOR); z += p[c, l]; }
                    for (int l = 0; l < levels; l++) p[c, l] /= z;
                }
            }
            """.Replace("FACTOR", factor);
        var perLevel = template.Replace("LENGTH", "levels").Replace("OUTER", "levels").Replace("INNER", "conditions").Replace("ELEMENT", "e[b, a]").Replace("READ", "l");
        var perCondition = template.Replace("LENGTH", "conditions").Replace("OUTER", "conditions").Replace("INNER", "levels").Replace("ELEMENT", "e[a, b]").Replace("READ", "c");
        Assert.Equal(signUnknown, Describe(perLevel)["Levels"].Contains("sign unknown", StringComparison.Ordinal));
        Assert.Equal(new[] { ShiftSpan.OtherAxis }, Spans(perLevel, "Levels"));
        Assert.Equal(new[] { ShiftSpan.Slice }, Spans(perCondition, "Levels"));
    }

    private static List<ShiftSpan> Spans(string methods, string name)
    {
        var model = ModelDescriptions.Method(Source(methods), name);
        var spans = new List<ShiftSpan>();
        foreach (var site in model.Sites)
        {
            var axes = site.Axes(model.Classes);
            spans.AddRange(axes.Maxima.Select(entry => model.SpanOf(site, axes, entry.Max, entry.Axis, entry.Stale)));
        }

        return spans;
    }

    private static Dictionary<string, string> Describe(string methods) => ModelDescriptions.Of(Source(methods));

    private static string Source(string methods) => $$"""
        using System;
        static class C {
        {{methods}}
        }
        """;
}

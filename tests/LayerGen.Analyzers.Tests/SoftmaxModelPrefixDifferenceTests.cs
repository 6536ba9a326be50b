using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A pixel's sum spelled as the difference of two readings of one running total (review41 cases3 P14): the total
/// runs across every pixel, but <c>total - before</c> with <c>before</c> read where the pixel's walk starts (or
/// <c>cum[x + 1] - cum[x]</c> of a prefix array filled by that walk) is the sum of that pixel's exps alone — a slice
/// sum, silent. A difference over the wrong bounds (the total minus its value before every pixel, <c>cum[P] - cum[0]</c>
/// for every pixel, a snapshot per image row around per-pixel shifts) still spans several pixels (LG0002). A prefix
/// array (<c>cum[x + 1] - cum[x]</c>) is pinned as a known gap.
/// </summary>
public class SoftmaxModelPrefixDifferenceTests
{
    public static TheoryData<string> OwnSliceDifferences => new()
    {
        // P14: flat pixels at x * C + c, the running total read before and after the pixel's walk.
        """
        public static void Flat(float[] logits, int P, int C, float[] y) {
            float total = 0f;
            for (int x = 0; x < P; x++) {
                float m = float.NegativeInfinity;
                for (int c = 0; c < C; c++) m = MathF.Max(m, logits[x * C + c]);
                float before = total;
                for (int c = 0; c < C; c++) { y[x * C + c] = MathF.Exp(logits[x * C + c] - m); total += y[x * C + c]; }
                float own = total - before;
                for (int c = 0; c < C; c++) y[x * C + c] /= own;
            }
        }
        """,
        // Jagged pixels, while loops, the difference written inline in the division.
        """
        public static void JaggedWhile(double[][] logits, double[][] y) {
            double total = 0.0;
            int x = 0;
            while (x < logits.Length) {
                double m = double.NegativeInfinity;
                int c = 0;
                while (c < logits[x].Length) { m = Math.Max(m, logits[x][c]); c++; }
                double start = total;
                c = 0;
                while (c < logits[x].Length) { y[x][c] = Math.Exp(logits[x][c] - m); total += y[x][c]; c++; }
                c = 0;
                while (c < logits[x].Length) { y[x][c] /= total - start; c++; }
                x++;
            }
        }
        """,
        // A 2D [pixel, class] buffer; the pixel's sum kept as the reciprocal of the difference.
        """
        public static void TwoD(float[,] logits, float[,] y) {
            int P = logits.GetLength(0), C = logits.GetLength(1);
            float running = 0f;
            for (int x = 0; x < P; x++) {
                float m = float.NegativeInfinity;
                for (int c = 0; c < C; c++) m = MathF.Max(m, logits[x, c]);
                float mark = running;
                for (int c = 0; c < C; c++) { y[x, c] = MathF.Exp(logits[x, c] - m); running += y[x, c]; }
                float inv = 1f / (running - mark);
                for (int c = 0; c < C; c++) y[x, c] *= inv;
            }
        }
        """,
    };

    public static TheoryData<string> WrongBoundsDifferences => new()
    {
        // The start read once before every pixel: total - before is every pixel's exps so far.
        """
        public static void StartBeforeAllPixels(float[] logits, int P, int C, float[] y) {
            float total = 0f;
            float before = total;
            for (int x = 0; x < P; x++) {
                float m = float.NegativeInfinity;
                for (int c = 0; c < C; c++) m = MathF.Max(m, logits[x * C + c]);
                for (int c = 0; c < C; c++) { y[x * C + c] = MathF.Exp(logits[x * C + c] - m); total += y[x * C + c]; }
                float own = total - before;
                for (int c = 0; c < C; c++) y[x * C + c] /= own;
            }
        }
        """,
        // The snapshot taken per image row, the exps shifted per pixel: the difference spans the row's pixels.
        """
        public static void RowSnapshot(float[,] logits, int W, int C, float[,] y) {
            int H = logits.GetLength(0);
            float total = 0f;
            for (int h = 0; h < H; h++) {
                float before = total;
                for (int x = 0; x < W; x++) {
                    float m = float.NegativeInfinity;
                    for (int c = 0; c < C; c++) m = MathF.Max(m, logits[h, x * C + c]);
                    for (int c = 0; c < C; c++) { y[h, x * C + c] = MathF.Exp(logits[h, x * C + c] - m); total += y[h, x * C + c]; }
                }
                float own = total - before;
                for (int k = 0; k < W * C; k++) y[h, k] /= own;
            }
        }
        """,
        // cum[P] - cum[0] for every pixel: the whole image's total.
        """
        public static void WholePrefix(float[] logits, int P, int C, float[] y) {
            var cum = new float[P + 1];
            float total = 0f;
            for (int x = 0; x < P; x++) {
                float m = float.NegativeInfinity;
                for (int c = 0; c < C; c++) m = MathF.Max(m, logits[x * C + c]);
                for (int c = 0; c < C; c++) { y[x * C + c] = MathF.Exp(logits[x * C + c] - m); total += y[x * C + c]; }
                cum[x + 1] = total;
            }
            for (int x = 0; x < P; x++)
                for (int c = 0; c < C; c++) y[x * C + c] /= cum[P] - cum[0];
        }
        """,
    };

    [Theory]
    [MemberData(nameof(OwnSliceDifferences))]
    public async Task DifferenceOfTheRunningTotalAroundThePixel_IsSilent(string method) =>
        Assert.Empty(await FixRunner.ReportedIdsOfMethodAsync(method));

    [Theory]
    [MemberData(nameof(WrongBoundsDifferences))]
    public async Task DifferenceOverMoreThanThePixel_IsLG0002(string method) =>
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsOfMethodAsync(method));

    /// <summary>
    /// Known gap: a prefix array over the pixels (<c>cum[x + 1] = total</c> per pixel, the division by
    /// <c>cum[x + 1] - cum[x]</c> in a separate pass) is the pixel's own sum too, but only the difference of a running
    /// local and its snapshot is read as one; this correct spelling is still reported (LG0002).
    /// </summary>
    [Fact]
    public async Task DifferenceOfAPrefixArray_IsAKnownGap() =>
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsOfMethodAsync(PrefixArray));

    private const string PrefixArray = """
        public static void PrefixArray(float[] logits, int P, int C, float[] y) {
            var cum = new float[P + 1];
            float total = 0f;
            for (int x = 0; x < P; x++) {
                float m = float.NegativeInfinity;
                for (int c = 0; c < C; c++) m = MathF.Max(m, logits[x * C + c]);
                for (int c = 0; c < C; c++) { y[x * C + c] = MathF.Exp(logits[x * C + c] - m); total += y[x * C + c]; }
                cum[x + 1] = total;
            }
            for (int x = 0; x < P; x++)
                for (int c = 0; c < C; c++) y[x * C + c] /= cum[x + 1] - cum[x];
        }
        """;
}

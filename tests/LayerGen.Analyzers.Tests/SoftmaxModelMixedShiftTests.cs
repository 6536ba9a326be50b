using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A normaliser summing exps shifted by different maxima (HeldOut23's stacked attention): the peak restarts per hop
/// plane or per row while the mass carries over every plane of the image or every row of the batch, so each slice sums
/// to a fraction that depends on the peaks. LG0002 at the sum's fold whatever the division walks: one flat loop over
/// the block (strided or plain offsets), each plane, a <c>[,]</c>/<c>[,,]</c> or jagged batch. Correct twins stay
/// silent: the mass reset per plane, one peak over the whole block, an online softmax rescaling its running sum, and a
/// log-sum-exp merge of per-chunk statistics.
/// </summary>
public class SoftmaxModelMixedShiftTests
{
    public static TheoryData<string> MixedShifts => new()
    {
        // HeldOut23's shape: explicit strides, one flat division over the image's block.
        """
        static void F(float[] s, float[] m, int batch, int hops, int h, int w) {
            int sw = 1, sh = w, sc = h * w, sn = hops * h * w;
            for (int n = 0; n < batch; n++) {
                float mass = 0f;
                for (int hop = 0; hop < hops; hop++) {
                    int o = n * sn + hop * sc;
                    float peak = float.NegativeInfinity;
                    for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) peak = MathF.Max(peak, s[o + y * sh + x * sw]);
                    for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) { int at = o + y * sh + x * sw; m[at] = MathF.Exp(s[at] - peak); mass += m[at]; }
                }
                for (int at = n * sn; at < (n + 1) * sn; at++) m[at] /= mass;
            }
        }
        """,

        // Plain offsets, the flat division from the image's base.
        """
        static void F(double[] s, double[] m, int batch, int hops, int area) {
            for (int n = 0; n < batch; n++) {
                double mass = 0;
                for (int hop = 0; hop < hops; hop++) {
                    double peak = double.MinValue;
                    for (int p = 0; p < area; p++) peak = Math.Max(peak, s[n * hops * area + hop * area + p]);
                    for (int p = 0; p < area; p++) { double e = Math.Exp(s[n * hops * area + hop * area + p] - peak); m[n * hops * area + hop * area + p] = e; mass += e; }
                }
                for (int q = 0; q < hops * area; q++) m[n * hops * area + q] /= mass;
            }
        }
        """,

        // One division loop per plane after all planes: another spelling of the division.
        """
        static void F(double[] s, double[] m, int hops, int area) {
            double mass = 0;
            for (int hop = 0; hop < hops; hop++) {
                double peak = double.MinValue;
                for (int p = 0; p < area; p++) if (s[hop * area + p] > peak) peak = s[hop * area + p];
                for (int p = 0; p < area; p++) { m[hop * area + p] = Math.Exp(s[hop * area + p] - peak); mass += m[hop * area + p]; }
            }
            for (int hop = 0; hop < hops; hop++) for (int p = 0; p < area; p++) m[hop * area + p] /= mass;
        }
        """,

        // Per-row peaks, one batch-wide sum, divided by a flat loop over the batch.
        """
        static void F(double[] x, double[] y, int rows, int cols) {
            double total = 0;
            for (int r = 0; r < rows; r++) {
                double peak = double.MinValue;
                for (int c = 0; c < cols; c++) peak = Math.Max(peak, x[r * cols + c]);
                for (int c = 0; c < cols; c++) { y[r * cols + c] = Math.Exp(x[r * cols + c] - peak); total += y[r * cols + c]; }
            }
            for (int i = 0; i < rows * cols; i++) y[i] /= total;
        }
        """,

        // [,,]: a peak per (image, hop), a mass per image.
        """
        static void F(float[,,] s, float[,,] m) {
            for (int n = 0; n < s.GetLength(0); n++) {
                float mass = 0f;
                for (int hop = 0; hop < s.GetLength(1); hop++) {
                    float peak = float.MinValue;
                    for (int p = 0; p < s.GetLength(2); p++) peak = MathF.Max(peak, s[n, hop, p]);
                    for (int p = 0; p < s.GetLength(2); p++) { m[n, hop, p] = MathF.Exp(s[n, hop, p] - peak); mass += m[n, hop, p]; }
                }
                for (int hop = 0; hop < s.GetLength(1); hop++) for (int p = 0; p < s.GetLength(2); p++) m[n, hop, p] /= mass;
            }
        }
        """,

        // Jagged rows, a peak per row written with foreach, one total.
        """
        static void F(double[][] x, double[][] y) {
            double total = 0;
            for (int r = 0; r < x.Length; r++) {
                double peak = double.NegativeInfinity;
                foreach (var v in x[r]) peak = Math.Max(peak, v);
                for (int c = 0; c < x[r].Length; c++) { y[r][c] = Math.Exp(x[r][c] - peak); total += y[r][c]; }
            }
            for (int r = 0; r < y.Length; r++) for (int c = 0; c < y[r].Length; c++) y[r][c] /= total;
        }
        """,
    };

    public static TheoryData<string> SingleShifts => new()
    {
        // The mass reset per hop, each plane divided by its own.
        """
        static void F(double[] s, double[] m, int batch, int hops, int area) {
            for (int n = 0; n < batch; n++) {
                for (int hop = 0; hop < hops; hop++) {
                    int o = (n * hops + hop) * area;
                    double peak = double.MinValue, mass = 0;
                    for (int p = 0; p < area; p++) peak = Math.Max(peak, s[o + p]);
                    for (int p = 0; p < area; p++) { m[o + p] = Math.Exp(s[o + p] - peak); mass += m[o + p]; }
                    for (int p = 0; p < area; p++) m[o + p] /= mass;
                }
            }
        }
        """,

        // One peak over the image's whole block: a softmax over the block, by design.
        """
        static void F(double[] s, double[] m, int batch, int hops, int area) {
            for (int n = 0; n < batch; n++) {
                double peak = double.MinValue, mass = 0;
                for (int q = 0; q < hops * area; q++) peak = Math.Max(peak, s[n * hops * area + q]);
                for (int hop = 0; hop < hops; hop++)
                    for (int p = 0; p < area; p++) { double e = Math.Exp(s[n * hops * area + hop * area + p] - peak); m[n * hops * area + hop * area + p] = e; mass += e; }
                for (int q = 0; q < hops * area; q++) m[n * hops * area + q] /= mass;
            }
        }
        """,

        // An online softmax: the running sum rescaled whenever the peak moves.
        """
        static void F(double[] x, double[] y, int rows, int cols) {
            for (int r = 0; r < rows; r++) {
                double peak = double.NegativeInfinity, mass = 0;
                for (int c = 0; c < cols; c++) {
                    double next = Math.Max(peak, x[r * cols + c]);
                    mass = mass * Math.Exp(peak - next) + Math.Exp(x[r * cols + c] - next);
                    peak = next;
                }
                for (int c = 0; c < cols; c++) y[r * cols + c] = Math.Exp(x[r * cols + c] - peak) / mass;
            }
        }
        """,

        // A log-sum-exp merge of per-chunk statistics: every chunk's sum moved to the common peak.
        """
        static void F(double[] x, double[] y, int chunks, int width) {
            double top = double.NegativeInfinity, total = 0;
            for (int k = 0; k < chunks; k++) {
                double peak = double.NegativeInfinity, part = 0;
                for (int j = 0; j < width; j++) peak = Math.Max(peak, x[k * width + j]);
                for (int j = 0; j < width; j++) part += Math.Exp(x[k * width + j] - peak);
                double merged = Math.Max(top, peak);
                total = total * Math.Exp(top - merged) + part * Math.Exp(peak - merged);
                top = merged;
            }
            for (int i = 0; i < chunks * width; i++) y[i] = Math.Exp(x[i] - top) / total;
        }
        """,
    };

    [Theory]
    [MemberData(nameof(MixedShifts))]
    public async Task SumOverSlicesOfDifferentPeaks_IsLG0002(string method) =>
        Assert.Equal(new[] { "LG0002" }, await ReportedIds(method));

    [Theory]
    [MemberData(nameof(SingleShifts))]
    public async Task SumOfOneShift_IsSilent(string method) =>
        Assert.Empty(await ReportedIds(method));

    private static async Task<List<string>> ReportedIds(string method) =>
        (await FixRunner.ReportedIdsAsync("using System;\nstatic class C {\n" + method + "\n}\n")).OrderBy(id => id, StringComparer.Ordinal).ToList();
}

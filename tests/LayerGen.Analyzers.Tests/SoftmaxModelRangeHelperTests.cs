using static LayerGen.Analyzers.Tests.Verification.ReciprocalSnippets;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A same-type helper over a range given by a start and a count (rangehelper, HeldOut57's two blind misses): its loop
/// written <c>for (int i = start; i &lt; start + count; i++) … buf[i]</c> (or <c>count + start</c>,
/// <c>i &lt;= start + count - 1</c>, an <c>end = start + count</c> declared beside i) walks what the offset spelling
/// <c>for (int i = 0; i &lt; count; i++) … buf[start + i]</c> walks. Each case is written in every spelling (the
/// <c>{LOOP}</c> line and the <c>{AT}</c> index of the template), and every spelling must give the diagnostics of the
/// offset spelling and of the markers: a call with <c>(buf, 0, buf.Length)</c> before per-row softmaxes is the whole
/// buffer (LG0001 at the call for a peak, LG0002 at the fold for a total), a call with the row's start and width is
/// that row (silent). Labels: a whole-buffer peak gives 0/0 for a row 1000 below the others; a whole-buffer total
/// gives every row a share of one sum (rows do not sum to 1); per-row calls are exact.
/// </summary>
public class SoftmaxModelRangeHelperTests
{
    /// <summary>The loop spellings: the offset spelling first, then the start .. start + count ones.</summary>
    private static readonly (string Loop, string At)[] Spellings =
    {
        ("for (int i = 0; i < count; i++)", "start + i"),
        ("for (int i = start; i < start + count; i++)", "i"),
        ("for (int i = start; i < count + start; i++)", "i"),
        ("for (int i = start; i <= start + count - 1; i++)", "i"),
        ("for (int i = start, end = start + count; i < end; i++)", "i"),
        ("for (int i = start; i < start + count; ++i)", "i"),
    };

    public static TheoryData<string, string> Buggy() => new()
    {
        // HeldOut57 ReproA: one peak of the whole flat buffer shifts every row (LG0001 at the call).
        {
            "StaticPeakWholeFlatFloat", """
            public static void Softmax(float[] x, int classes, float[] y) {
                float peak = PeakOf(x, 0, x.Length); //~ LG0001
                for (int start = 0; start < x.Length; start += classes) {
                    float sum = 0f;
                    for (int j = start; j < start + classes; j++) { y[j] = MathF.Exp(x[j] - peak); sum += y[j]; }
                    for (int j = start; j < start + classes; j++) y[j] /= sum;
                }
            }
            private static float PeakOf(float[] buf, int start, int count) {
                float m = float.NegativeInfinity;
                {LOOP}
                    m = MathF.Max(m, buf[{AT}]);
                return m;
            }
            """
        },
        // The same in double with an if-fold and a row-major r * cols + c spelling of the caller.
        {
            "StaticPeakWholeFlatDoubleIf", """
            public static double[] Softmax(double[] x, int rows, int cols) {
                var y = new double[rows * cols];
                double peak = PeakOf(x, 0, x.Length); //~ LG0001
                for (int r = 0; r < rows; r++) {
                    double sum = 0;
                    for (int c = 0; c < cols; c++) { y[r * cols + c] = Math.Exp(x[r * cols + c] - peak); sum += y[r * cols + c]; }
                    for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
                }
                return y;
            }
            private static double PeakOf(double[] buf, int start, int count) {
                double m = double.NegativeInfinity;
                {LOOP}
                    if (buf[{AT}] > m) m = buf[{AT}];
                return m;
            }
            """
        },
        // HeldOut57 ReproB: one total of every row's exps divides every row (LG0002 at the helper's fold).
        {
            "StaticTotalWholeFlatDouble", """
            public static void Softmax(double[] x, int classes, double[] y) {
                for (int start = 0; start < x.Length; start += classes) {
                    double peak = double.NegativeInfinity;
                    for (int j = start; j < start + classes; j++) peak = Math.Max(peak, x[j]);
                    for (int j = start; j < start + classes; j++) y[j] = Math.Exp(x[j] - peak);
                }
                double z = SumRange(y, 0, y.Length);
                for (int i = 0; i < y.Length; i++) y[i] /= z;
            }
            private static double SumRange(double[] values, int start, int count) {
                double total = 0.0;
                {LOOP}
                    total += values[{AT}]; //~ LG0002
                return total;
            }
            """
        },
        // Float, the exps in a field, the total from an instance helper.
        {
            "InstanceTotalWholeFieldFloat", """
            sealed class Mixer {
                private float[] _e = new float[0];
                public void Blend(float[,] drive, float[,] mix) {
                    int n = drive.GetLength(0), m = drive.GetLength(1);
                    _e = new float[n * m];
                    for (int r = 0; r < n; r++) {
                        float peak = float.NegativeInfinity;
                        for (int c = 0; c < m; c++) peak = MathF.Max(peak, drive[r, c]);
                        for (int c = 0; c < m; c++) _e[r * m + c] = MathF.Exp(drive[r, c] - peak);
                    }
                    float z = Total(_e, 0, _e.Length);
                    for (int r = 0; r < n; r++)
                        for (int c = 0; c < m; c++) mix[r, c] = _e[r * m + c] / z;
                }
                private float Total(float[] values, int start, int count) {
                    float total = 0f;
                    {LOOP}
                        total += values[{AT}]; //~ LG0002
                    return total;
                }
            }
            """
        },
    };

    public static TheoryData<string, string> Correct() => new()
    {
        // The peak of each row from the helper: correct.
        {
            "StaticPeakPerRowFloat", """
            public static void Softmax(float[] x, int classes, float[] y) {
                for (int start = 0; start < x.Length; start += classes) {
                    float peak = PeakOf(x, start, classes);
                    float sum = 0f;
                    for (int j = start; j < start + classes; j++) { y[j] = MathF.Exp(x[j] - peak); sum += y[j]; }
                    for (int j = start; j < start + classes; j++) y[j] /= sum;
                }
            }
            private static float PeakOf(float[] buf, int start, int count) {
                float m = float.NegativeInfinity;
                {LOOP}
                    m = MathF.Max(m, buf[{AT}]);
                return m;
            }
            """
        },
        // Row r of a row-major buffer: start r * cols, count cols, in double.
        {
            "StaticPeakPerRowDoubleProduct", """
            public static double[] Softmax(double[] x, int rows, int cols) {
                var y = new double[rows * cols];
                for (int r = 0; r < rows; r++) {
                    double peak = PeakOf(x, r * cols, cols);
                    double sum = 0;
                    for (int c = 0; c < cols; c++) { y[r * cols + c] = Math.Exp(x[r * cols + c] - peak); sum += y[r * cols + c]; }
                    for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
                }
                return y;
            }
            private static double PeakOf(double[] buf, int start, int count) {
                double m = double.NegativeInfinity;
                {LOOP}
                    if (buf[{AT}] > m) m = buf[{AT}];
                return m;
            }
            """
        },
        // Each row's total from the helper, divided in that row.
        {
            "StaticTotalPerRowDouble", """
            public static void Softmax(double[] x, int classes, double[] y) {
                for (int start = 0; start < x.Length; start += classes) {
                    double peak = double.NegativeInfinity;
                    for (int j = start; j < start + classes; j++) peak = Math.Max(peak, x[j]);
                    for (int j = start; j < start + classes; j++) y[j] = Math.Exp(x[j] - peak);
                    double z = SumRange(y, start, classes);
                    for (int j = start; j < start + classes; j++) y[j] /= z;
                }
            }
            private static double SumRange(double[] values, int start, int count) {
                double total = 0.0;
                {LOOP}
                    total += values[{AT}];
                return total;
            }
            """
        },
        // Both the peak and the total of each row from instance helpers, float.
        {
            "InstancePeakAndTotalPerRowFloat", """
            sealed class Rows {
                public void Softmax(float[] x, int rows, int cols, float[] y) {
                    for (int r = 0; r < rows; r++) {
                        float peak = Peak(x, r * cols, cols);
                        for (int c = 0; c < cols; c++) y[r * cols + c] = MathF.Exp(x[r * cols + c] - peak);
                        float z = Total(y, r * cols, cols);
                        for (int c = 0; c < cols; c++) y[r * cols + c] /= z;
                    }
                }
                private float Peak(float[] buf, int start, int count) {
                    float m = float.NegativeInfinity;
                    {LOOP}
                        m = MathF.Max(m, buf[{AT}]);
                    return m;
                }
                private float Total(float[] values, int start, int count) {
                    float total = 0f;
                    {LOOP}
                        total += values[{AT}];
                    return total;
                }
            }
            """
        },
        // One vector: the whole buffer is the softmax axis, a peak and a total over (buf, 0, buf.Length) are right.
        {
            "StaticPeakAndTotalOneVector", """
            public static double[] Softmax(double[] x) {
                var y = new double[x.Length];
                double peak = PeakOf(x, 0, x.Length);
                for (int i = 0; i < x.Length; i++) y[i] = Math.Exp(x[i] - peak);
                double z = SumOf(y, 0, y.Length);
                for (int i = 0; i < y.Length; i++) y[i] /= z;
                return y;
            }
            private static double PeakOf(double[] buf, int start, int count) {
                double m = double.NegativeInfinity;
                {LOOP}
                    m = Math.Max(m, buf[{AT}]);
                return m;
            }
            private static double SumOf(double[] buf, int start, int count) {
                double s = 0;
                {LOOP}
                    s += buf[{AT}];
                return s;
            }
            """
        },
    };

    private static string Spelled(string body, (string Loop, string At) spelling) =>
        body.Replace("{LOOP}", spelling.Loop, StringComparison.Ordinal).Replace("{AT}", spelling.At, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Buggy))]
    public async Task WholeBufferRange_IsReportedInEverySpelling(string name, string body)
    {
        _ = name;
        var offset = Wrap(Spelled(body, Spellings[0]));
        Assert.Equal(Expected(offset), await Reported(offset));
        foreach (var spelling in Spellings.Skip(1))
        {
            var source = Wrap(Spelled(body, spelling));
            Assert.Equal(spelling.Loop + ": " + Expected(source), spelling.Loop + ": " + await Reported(source));
        }
    }

    [Theory]
    [MemberData(nameof(Correct))]
    public async Task RowRange_StaysSilentInEverySpelling(string name, string body)
    {
        _ = name;
        foreach (var spelling in Spellings)
        {
            Assert.Equal(spelling.Loop + ": ", spelling.Loop + ": " + await Reported(Wrap(Spelled(body, spelling))));
        }
    }
}

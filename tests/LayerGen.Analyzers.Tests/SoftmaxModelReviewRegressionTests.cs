using System.Threading.Tasks;
using LayerGen.Analyzers.Tests.Verification;
using Xunit;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Correct code and unusual code that the stop-37 review found misread by the merged change: a per-slice reset written
/// through another spelling of the same buffer (<c>this.max[r]</c>, a span alias) lost its reset when resets were
/// compared with the folds by syntax (false LG0001/LG0002), and a member inlined with its receiver rewrote an anonymous
/// object's member name into <c>receiver.Best</c> (AD0001). The carried forms stay reported.
/// </summary>
public sealed class SoftmaxModelReviewRegressionTests
{
    [Theory]
    [InlineData("this.max[r] = float.NegativeInfinity;", "this.sum[r] = 0f;")]
    [InlineData("max[r] = float.NegativeInfinity;", "this.sum[r] = 0f;")]
    [InlineData("maxAlias[r] = float.NegativeInfinity;", "sumAlias[r] = 0f;")]
    public async Task MiddleAxisResetWrittenAnotherWay_IsSilent(string resetMax, string resetSum)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(MiddleAxis(resetMax, resetSum)));
    }

    [Fact]
    public async Task MiddleAxisWithoutResets_IsLG0001AndLG0002()
    {
        var ids = await FixRunner.ReportedIdsAsync(MiddleAxis(string.Empty, string.Empty));
        Assert.Contains("LG0001", ids);
        Assert.Contains("LG0002", ids);
    }

    [Fact]
    public async Task MemberWithAnAnonymousObjectInlinedWithItsReceiver_DoesNotThrow()
    {
        var source = """
            using System;

            public sealed class Mat
            {
                public Mat(int rows, int cols) { Rows = rows; Cols = cols; Data = new float[rows * cols]; }
                public int Rows { get; }
                public int Cols { get; }
                public float Best { get; set; }
                public float[] Data { get; }
                public float this[int r, int c] { get => Data[r * Cols + c]; set => Data[r * Cols + c] = value; }

                public float MaxOfRow(int r)
                {
                    var t = new { Best = float.NegativeInfinity };
                    float m = t.Best;
                    for (int c = 0; c < Cols; c++) m = MathF.Max(m, Data[r * Cols + c]);
                    return m;
                }
            }

            public static class Rows
            {
                public static void Softmax(Mat z, Mat y)
                {
                    for (int r = 0; r < z.Rows; r++)
                    {
                        float m = z.MaxOfRow(r);
                        float s = 0f;
                        for (int c = 0; c < z.Cols; c++) { y[r, c] = MathF.Exp(z[r, c] - m); s += y[r, c]; }
                        for (int c = 0; c < z.Cols; c++) y[r, c] /= s;
                    }
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    private static string MiddleAxis(string resetMax, string resetSum) => $$"""
        using System;

        public sealed class MiddleAxisSoftmax
        {
            private readonly float[] max;
            private readonly float[] sum;

            public MiddleAxisSoftmax(int inner) { max = new float[inner]; sum = new float[inner]; }

            public void Forward(float[] x, float[] y, int outer, int axis, int inner)
            {
                Span<float> maxAlias = max;
                Span<float> sumAlias = sum;
                for (int o = 0; o < outer; o++)
                {
                    for (int r = 0; r < inner; r++) { {{resetMax}} }
                    for (int a = 0; a < axis; a++)
                        for (int r = 0; r < inner; r++) max[r] = MathF.Max(max[r], x[(o * axis + a) * inner + r]);
                    for (int r = 0; r < inner; r++) { {{resetSum}} }
                    for (int a = 0; a < axis; a++)
                        for (int r = 0; r < inner; r++) { int k = (o * axis + a) * inner + r; y[k] = MathF.Exp(x[k] - max[r]); sum[r] += y[k]; }
                    for (int a = 0; a < axis; a++)
                        for (int r = 0; r < inner; r++) y[(o * axis + a) * inner + r] /= sum[r];
                }
            }
        }
        """;
}

using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A subtraction inside a divisor shifts nothing of the quotient (SoftmaxModel.Values.cs): Boltzmann exploration with an
/// annealed temperature, <c>exp(q / tau)</c> with <c>tau = 1 - episode / episodes</c>, is as un-shifted as with a constant
/// temperature (LG0003, Real52's <c>NArmedBandit_PowEulerSelectors</c>); a shifted dividend, <c>(q - m) / tau</c> or
/// <c>q / tau - m / tau</c>, stays silent whatever the divisor.
/// </summary>
public class SoftmaxModelDivisorShiftTests
{
    [Theory]
    [InlineData("double tau = 1.0 - (double)episode / episodes;", "Math.Exp(q[a] / tau)")]
    [InlineData("double tau = Math.Max(0.05, 1.0 - (double)episode / episodes);", "Math.Exp(q[a] / tau)")]
    [InlineData("double tau = 4.0 * (1000.0 - episode) / 1000.0;", "Math.Pow(Math.E, q[a] / tau)")]
    [InlineData("", "Math.Exp(q[a] / (1.0 - (double)episode / episodes))")]
    [InlineData("double t0 = 2.0, decay = 0.001; double tau = t0 - decay * episode;", "Math.Exp(q[a] / tau)")]
    public async Task AnAnnealedTemperature_LeavesTheExpUnshifted(string temperature, string exp)
    {
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Source(temperature, "", exp)));
    }

    [Theory]
    [InlineData("Math.Exp((q[a] - m) / tau)")]
    [InlineData("Math.Exp(q[a] / tau - m / tau)")]
    [InlineData("Math.Exp((q[a] - m) / (1.0 - (double)episode / episodes))")]
    public async Task AShiftedDividend_IsSilentWhateverTheDivisor(string exp)
    {
        var source = Source("double tau = Math.Max(0.05, 1.0 - (double)episode / episodes);", "double m = double.NegativeInfinity; foreach (var v in q) m = Math.Max(m, v);", exp);
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task AnAnnealedTemperatureInALinqSoftmax_LeavesTheExpUnshifted()
    {
        var source = """
            using System;
            using System.Linq;

            static class C {
                static float[] F(float[] q, int step, int steps) {
                    float tau = MathF.Max(0.05f, 1f - (float)step / steps);
                    var e = q.Select(v => MathF.Exp(v / tau)).ToArray();
                    float z = e.Sum();
                    return e.Select(v => v / z).ToArray();
                }
            }
            """;
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    private static string Source(string temperature, string peak, string exp) => $$"""
        using System;

        static class C {
            static double[] F(double[] q, int episode, int episodes) {
                {{temperature}}
                {{peak}}
                var p = new double[q.Length];
                double z = 0;
                for (int a = 0; a < q.Length; a++) { p[a] = {{exp}}; z += p[a]; }
                for (int a = 0; a < q.Length; a++) p[a] /= z;
                return p;
            }
        }
        """;
}

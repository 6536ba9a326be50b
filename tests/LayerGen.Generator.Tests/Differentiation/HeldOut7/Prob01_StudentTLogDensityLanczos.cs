// Student-t log-likelihood head with learnable location, log-scale and degrees of freedom ν = 2 + exp(s) (finite
// variance), log Γ by the Lanczos approximation (g = 7, nine coefficients in a table) in a helper that shifts its own
// argument. Shape of torch.distributions.StudentT.log_prob and the Numerical Recipes / Wikipedia Lanczos code, from memory.
// A user expects gradients for the values and the three parameters.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8)]
public partial class StudentTLogDensityLanczos
{
    static readonly double[] Lanczos =
    {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    };

    static double LogGamma(double z)
    {
        z -= 1;
        double a = Lanczos[0];
        double t = z + 7.5;
        for (int i = 1; i < Lanczos.Length; i++) a += Lanczos[i] / (z + i);
        return 0.5 * Math.Log(2 * Math.PI) + (z + 0.5) * Math.Log(t) - t + Math.Log(a);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1)] ReadOnlySpan<double> loc,
                           [Learnable(1)] ReadOnlySpan<double> logScale,
                           [Learnable(1, Initial = 1)] ReadOnlySpan<double> logDf)
    {
        double nu = 2 + Math.Exp(logDf[0]);
        double scale = Math.Exp(logScale[0]);
        double normaliser = LogGamma(0.5 * (nu + 1)) - LogGamma(0.5 * nu) - 0.5 * Math.Log(nu * Math.PI) - Math.Log(scale);
        for (int i = 0; i < x.Length; i++)
        {
            double z = (x[i] - loc[0]) / scale;
            y[i] = normaliser - 0.5 * (nu + 1) * Math.Log(1 + z * z / nu);
        }
    }
}

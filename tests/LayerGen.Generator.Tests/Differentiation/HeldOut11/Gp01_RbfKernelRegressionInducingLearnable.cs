// expect: gradient
// A Gaussian-process style predictive mean with five fixed inducing inputs (static readonly), an RBF kernel
// k(x, z) = σ²·e^(−(x − z)²/(2ℓ²)) with learnable log lengthscale and log signal variance, and learnable weights α;
// outputs the mean at each of the row's six query points and the kernel's total weight as a variance proxy.
// Shape of GPyTorch/sklearn predictive means written out by hand, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(6, 12)]
public partial class RbfKernelRegressionInducingLearnable
{
    static readonly double[] Inducing = [-2.0, -1.0, 0.0, 1.0, 2.0];

    static double Kernel(double a, double b, double lengthscale, double variance)
    {
        double d = (a - b) / lengthscale;
        return variance * Math.Exp(-0.5 * d * d);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = 0.0)] ReadOnlySpan<double> logLengthscale,
                           [Learnable(1, Initial = 0.0)] ReadOnlySpan<double> logVariance,
                           [Learnable(5, StandardDeviation = 0.5)] ReadOnlySpan<double> alpha)
    {
        double lengthscale = Math.Exp(logLengthscale[0]);
        double variance = Math.Exp(logVariance[0]);
        for (int q = 0; q < x.Length; q++)
        {
            double mean = 0, weight = 0;
            for (int k = 0; k < Inducing.Length; k++)
            {
                double kv = Kernel(x[q], Inducing[k], lengthscale, variance);
                mean += alpha[k] * kv;
                weight += kv;
            }
            y[q] = mean;
            y[x.Length + q] = variance - weight * weight / (5 * variance);
        }
    }
}

// Re-creation (our own code) of MathUtils.TimescaledLerpFactor in Redninja106/GMTK23, GMTK23/MathUtils.cs
// (frame-rate independent smoothing: 1 - exp(-smoothing * dt)), plus the normalised exponential-decay
// weights a moving average built on it uses: w[k] = exp(-k / tau) / sum.
// Layout: scalars and one weight vector indexed by the lag k. Not a softmax of logits: the exponents are
// -k / tau <= 0 (from the loop counter, not from data), so exp never overflows. Must stay silent.
using System;

namespace Recreations.ExponentialDecayNotSoftmax;

public static class Smoothing
{
    public static float TimescaledLerpFactor(float smoothing, float dt) => 1f - MathF.Exp(-smoothing * dt);

    public static double[] DecayWeights(int lags, double tau)
    {
        var weights = new double[lags];
        double total = 0;
        for (int k = 0; k < lags; k++)
        {
            weights[k] = Math.Exp(-k / tau);
            total += weights[k];
        }

        for (int k = 0; k < lags; k++)
        {
            weights[k] /= total;
        }

        return weights;
    }
}

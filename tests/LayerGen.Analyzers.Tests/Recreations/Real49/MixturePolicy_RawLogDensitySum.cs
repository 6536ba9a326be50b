// Source: ooples/AiDotNet/src/ReinforcementLearning/Policies/MultiModalPolicy.cs, ComputeLogProb (re-created, not copied)
// Layout: a generic mixture-of-Gaussians policy over T; per component k a Gaussian log-density ℓ_k of the action,
// summed over the action's dimensions from means and log-standard-deviations read through a numeric-operations
// object (`ops.ToDouble`), then log Σ_k w_k · exp(ℓ_k).
// Bug (LG0003): no max of ℓ_k is subtracted before the exp: a far-off action gives ℓ_k below −745 for every
// component, the sum underflows to 0 and the result is the floor log(1e-8) whatever the action; a tiny standard
// deviation makes ℓ_k above 709 and the sum ∞. Correct: m = max_k (log w_k + ℓ_k), m + log Σ exp(log w_k + ℓ_k − m).
using System;

namespace Recreations.Real49.MixturePolicyRawLogDensitySum;

public interface IScalarOps<T>
{
    double ToDouble(T value);

    T FromDouble(double value);
}

public sealed class MixturePolicy<T>
{
    private readonly IScalarOps<T> _ops;

    public MixturePolicy(IScalarOps<T> ops) => _ops = ops;

    public T LogProbability(T[] weights, T[][] means, T[][] logStds, T[] action)
    {
        double total = 0.0;
        for (int k = 0; k < weights.Length; k++)
        {
            double weight = _ops.ToDouble(weights[k]);
            double logDensity = 0.0;
            for (int i = 0; i < action.Length; i++)
            {
                double mean = _ops.ToDouble(means[k][i]);
                double std = Math.Exp(_ops.ToDouble(logStds[k][i]));
                double z = (_ops.ToDouble(action[i]) - mean) / std;
                logDensity += -0.5 * z * z - Math.Log(std) - 0.5 * Math.Log(2.0 * Math.PI);
            }

            total += weight * Math.Exp(logDensity); //~ LG0003
        }

        return _ops.FromDouble(Math.Log(total + 1e-8));
    }
}

// The quadratic cost of a state-feedback rollout for two double-integrator systems (the row: two initial states of
// position and velocity): u = −(k₀·s₀ + k₁·s₁), s ← A s + B u over twelve steps, cost Σ sᵀQs + r·u²; the gain is
// learnable, the rollout a helper with a loop called as the whole value. Shape of a policy-gradient/LQR tutorial's
// rollout function, from memory.
// A user expects the gradient for the initial states and the gain.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(4, 2)]
public partial class LqrRolloutCostLearnableGain
{
    const double Dt = 0.1, Q0 = 1.0, Q1 = 0.1, R = 0.01;
    const int Horizon = 12;

    static double Rollout(double position, double velocity, ReadOnlySpan<double> gain)
    {
        double cost = 0;
        for (int t = 0; t < Horizon; t++)
        {
            double u = -(gain[0] * position + gain[1] * velocity);
            cost += Q0 * position * position + Q1 * velocity * velocity + R * u * u;
            double nextPosition = position + Dt * velocity;
            velocity += Dt * u;
            position = nextPosition;
        }
        return cost;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(2, Initial = 1, StandardDeviation = 0.3)] ReadOnlySpan<double> gain)
    {
        y[0] = Rollout(x[0], x[1], gain);
        y[1] = Rollout(x[2], x[3], gain);
    }
}

// Epidemiology: an SEIR model from an initial compartment split (a softmax of the row's four logits), twenty
// Heun (improved Euler) steps with a local function returning the four derivatives as a tuple; learnable log β,
// log σ (incubation rate) and log γ; the output is the infectious fraction after every second step.
// Shape: the textbook SEIR (Keeling & Rohani ch. 2) as an epidemiology class codes it with scipy-free NumPy steps.
// expect: gradient
// rows: no-large
// two of the four logits a few units apart near ±1000 meet the check's h = 1e-5·|v| ≈ 0.01, where the central difference of the softmax split is off by ~1e-5.
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(4, 10)]
public partial class SeirHeunStepsFloat
{
    const float Dt = 0.5f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1, Initial = -0.3)] ReadOnlySpan<float> logBeta,
        [Learnable(1, Initial = -1.6)] ReadOnlySpan<float> logSigma,
        [Learnable(1, Initial = -1.9)] ReadOnlySpan<float> logGamma)
    {
        float beta = MathF.Exp(logBeta[0]), sigma = MathF.Exp(logSigma[0]), gamma = MathF.Exp(logGamma[0]);

        (float dS, float dE, float dI, float dR) Rates(float s, float e, float i, float r)
        {
            float infection = beta * s * i;
            return (-infection, infection - sigma * e, sigma * e - gamma * i, gamma * i);
        }

        float max = x[0];
        for (int k = 1; k < 4; k++) max = MathF.Max(max, x[k]);
        float w0 = MathF.Exp(x[0] - max), w1 = MathF.Exp(x[1] - max), w2 = MathF.Exp(x[2] - max), w3 = MathF.Exp(x[3] - max);
        float total = w0 + w1 + w2 + w3;
        float S = w0 / total, E = w1 / total, I = w2 / total, R = w3 / total;

        for (int step = 0; step < 20; step++)
        {
            var (s1, e1, i1, r1) = Rates(S, E, I, R);
            var (s2, e2, i2, r2) = Rates(S + Dt * s1, E + Dt * e1, I + Dt * i1, R + Dt * r1);
            S += 0.5f * Dt * (s1 + s2);
            E += 0.5f * Dt * (e1 + e2);
            I += 0.5f * Dt * (i1 + i2);
            R += 0.5f * Dt * (r1 + r2);
            if (step % 2 == 1) y[step / 2] = I;
        }
    }
}

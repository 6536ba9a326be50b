// Epidemiology: the Reed–Frost chain-binomial model in expectation for four outbreaks in households of 100, initial cases
// 1–5 from the row, C_{t+1} = S_t (1 − (1 − p)^{C_t}) with (1 − p)^C written exp(C · log1p(−p)), six generations;
// learnable contact probability logit; outputs the final size and the cases in generation 3.
// Shape: Abbey (1952) / Bailey's Mathematical Theory of Infectious Diseases, as an epidemiology lab's NumPy loop, in float.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(4, 8)]
public partial class ReedFrostChainBinomialFloat
{
    const float Population = 100f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1, Initial = -3.5)] ReadOnlySpan<float> contactLogit)
    {
        float p = 0.5f * (1f + MathF.Tanh(0.5f * contactLogit[0]));
        float logEscape = float.LogP1(-p);
        for (int o = 0; o < x.Length; o++)
        {
            float cases = 1f + 2f * (1f + MathF.Tanh(x[o]));
            float susceptible = Population - cases;
            float total = cases;
            for (int generation = 1; generation <= 6; generation++)
            {
                float next = susceptible * (1f - MathF.Exp(cases * logEscape));
                susceptible -= next;
                total += next;
                cases = next;
                if (generation == 3) y[x.Length + o] = next;
            }
            y[o] = total;
        }
    }
}

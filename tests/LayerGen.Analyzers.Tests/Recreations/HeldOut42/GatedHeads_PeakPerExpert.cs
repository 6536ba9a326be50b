// Idiom: gated mixture layer, expert objects holding their gate logits per token; each expert "stabilises" its own logits
// Layout: Expert[] (expert-major, float[tokens] per expert), float[tokens, experts] mixing weights
// Bug (LG0004): the peak is each expert's max over the tokens, the sum runs per token over the experts
using System;
using System.Linq;

namespace HeldOut42.GatedHeads_PeakPerExpert;

public sealed class Expert
{
    public Expert(float[] gateLogits) => GateLogits = gateLogits;

    public float[] GateLogits { get; }
    public float Peak { get; set; }
}

public static class MixtureGate
{
    public static float[,] Weights(Expert[] experts, int tokens)
    {
        foreach (Expert x in experts)
            x.Peak = x.GateLogits.Max(); //~ LG0004

        var w = new float[tokens, experts.Length];
        for (int t = 0; t < tokens; t++)
        {
            float denom = 0f;
            for (int k = 0; k < experts.Length; k++)
            {
                w[t, k] = MathF.Exp(experts[k].GateLogits[t] - experts[k].Peak);
                denom += w[t, k];
            }

            for (int k = 0; k < experts.Length; k++)
                w[t, k] /= denom;
        }

        return w;
    }
}

// Idiom: mixture-of-experts layer: a gate softmax over the experts next to each expert's own output softmax over
//        the classes, mixed per token.
// Use: MoE classifier head; the gate logits are soft-capped (cap · tanh(z / cap), as some LLM routers do), so the
//      gate exponent is bounded by the cap and needs no max.
// Layout: gate float[tokens, experts]; expert logits jagged float[experts][tokens · classes] (expert-major), each
//         token's slice AsSpan(t · classes, classes).
// Correct: gate exps bounded (|exponent| < 30), expert slices shifted by their own max.
// Our own code.
#nullable enable
using System;

namespace HeldOut87.Moe_SoftCappedGate;

public sealed class MixtureOfExperts(int experts, int classes)
{
    private const float GateCap = 30f;

    public float[,] Route(float[,] gateLogits, float[][] expertLogits, float[,] gate, float[][] expertProbs)
    {
        int tokens = gateLogits.GetLength(0);
        var mixture = new float[tokens, classes];
        for (int t = 0; t < tokens; t++)
        {
            float gz = 0f;
            for (int e = 0; e < experts; e++)
            {
                float capped = GateCap * MathF.Tanh(gateLogits[t, e] / GateCap);
                gate[t, e] = MathF.Exp(capped);
                gz += gate[t, e];
            }

            for (int e = 0; e < experts; e++) gate[t, e] /= gz;

            for (int e = 0; e < experts; e++)
            {
                ReadOnlySpan<float> logits = expertLogits[e].AsSpan(t * classes, classes);
                Span<float> probs = expertProbs[e].AsSpan(t * classes, classes);
                float top = float.MinValue;
                foreach (float v in logits) top = v > top ? v : top;
                float z = 0f;
                for (int c = 0; c < classes; c++) z += probs[c] = MathF.Exp(logits[c] - top);
                for (int c = 0; c < classes; c++)
                {
                    probs[c] /= z;
                    mixture[t, c] += gate[t, e] * probs[c];
                }
            }
        }

        return mixture;
    }
}

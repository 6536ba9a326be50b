// Idiom: mixture-of-experts router computed as W_r · X (experts as rows, tokens as columns), each expert's row max
//        used as the shift, per-token gates normalised over the experts
// Layout: expert-major jagged float[][] logits[expert][token] (column per token), gates float[expert][token]
// Bug (LG0004): `expertMax[e]` is a max over the tokens for one expert, the sum runs over the experts for one token
using System;
using System.Linq;

namespace HeldOut39.MoeRouter_ExpertPeakOverTokens;

public static class ExpertMajorRouter
{
    public static float[][] Gates(float[][] logits)
    {
        int experts = logits.Length;
        int tokens = logits[0].Length;
        float[] expertMax = new float[experts];
        for (int e = 0; e < experts; e++)
        {
            expertMax[e] = logits[e].Max(); //~ LG0004
        }

        var gates = new float[experts][];
        for (int e = 0; e < experts; e++) gates[e] = new float[tokens];
        for (int t = 0; t < tokens; t++)
        {
            float denom = 0f;
            for (int e = 0; e < experts; e++)
            {
                gates[e][t] = MathF.Exp(logits[e][t] - expertMax[e]);
                denom += gates[e][t];
            }
            for (int e = 0; e < experts; e++)
            {
                gates[e][t] /= denom;
            }
        }
        return gates;
    }
}

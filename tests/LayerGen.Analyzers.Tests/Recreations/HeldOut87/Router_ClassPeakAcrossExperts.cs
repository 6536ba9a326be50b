// Idiom: router softmax over experts and the experts' output softmaxes over classes, per token.
// Use: MoE classifier, 3-D expert output tensor.
// Layout: router float[tokens, experts]; expert logits float[tokens, experts, classes].
// Bug: LG0004 — the expert outputs are shifted by a per-class peak folded over the experts (classPeak[c]), while each
//      expert's sum and division run over the classes; the router softmax is right.
// Our own code.
#nullable enable
using System;

namespace HeldOut87.Router_ClassPeakAcrossExperts;

public static class ExpertTensor
{
    public static (float[,] Gate, float[,,] Probs) Forward(float[,] router, float[,,] x)
    {
        int tokens = x.GetLength(0);
        int experts = x.GetLength(1);
        int classes = x.GetLength(2);
        var gate = new float[tokens, experts];
        var p = new float[tokens, experts, classes];
        var classPeak = new float[classes];
        for (int t = 0; t < tokens; t++)
        {
            float gm = float.NegativeInfinity;
            for (int e = 0; e < experts; e++) gm = MathF.Max(gm, router[t, e]);
            float gz = 0f;
            for (int e = 0; e < experts; e++) gz += gate[t, e] = MathF.Exp(router[t, e] - gm);
            for (int e = 0; e < experts; e++) gate[t, e] /= gz;

            Array.Fill(classPeak, float.NegativeInfinity);
            for (int e = 0; e < experts; e++)
            {
                for (int c = 0; c < classes; c++) classPeak[c] = MathF.Max(classPeak[c], x[t, e, c]); //~ LG0004
            }

            for (int e = 0; e < experts; e++)
            {
                float z = 0f;
                for (int c = 0; c < classes; c++) z += p[t, e, c] = MathF.Exp(x[t, e, c] - classPeak[c]);
                for (int c = 0; c < classes; c++) p[t, e, c] /= z;
            }
        }

        return (gate, p);
    }
}

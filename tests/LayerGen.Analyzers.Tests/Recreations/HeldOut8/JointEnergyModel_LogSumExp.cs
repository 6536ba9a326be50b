// Source: Joint Energy-based Models (Grathwohl et al. 2020, "Your classifier is secretly an energy based model":
// E(x) = -logsumexp_y f(x)[y], p(y|x) = exp(f[y] - logsumexp)), re-created.
// Layout: float[batch, classes] logits; log-sum-exp per row with its own max; energy per row.
// Correct: log-sum-exp form, the row's max inside it.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class JointEnergyModel_LogSumExp
{
    public static float[,] ClassPosterior(float[,] logits, out float[] energy)
    {
        int batch = logits.GetLength(0), classes = logits.GetLength(1);
        var p = new float[batch, classes];
        energy = new float[batch];
        for (int b = 0; b < batch; b++)
        {
            float m = float.NegativeInfinity;
            for (int c = 0; c < classes; c++) m = MathF.Max(m, logits[b, c]);
            float acc = 0f;
            for (int c = 0; c < classes; c++) acc += MathF.Exp(logits[b, c] - m);
            float lse = m + MathF.Log(acc);
            energy[b] = -lse;
            for (int c = 0; c < classes; c++) p[b, c] = MathF.Exp(logits[b, c] - lse);
        }
        return p;
    }
}

// Source: Joint Energy-based Models (Grathwohl et al. 2020: E(x) = -log sum_y exp f(x)[y]), re-created the way a
// first port writes it, with the partition function in linear space.
// Layout: float[batch, classes] logits; energy = -log(Z); p = exp(f) / Z.
// Bug (LG0003): exp of the raw logits with no max subtracted; logits above ~88 overflow in float (Z = inf, p = NaN).
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class JointEnergyModel_RawExp
{
    public static float[,] ClassPosterior(float[,] logits, out float[] energy)
    {
        int batch = logits.GetLength(0), classes = logits.GetLength(1);
        var p = new float[batch, classes];
        energy = new float[batch];
        for (int b = 0; b < batch; b++)
        {
            float partition = 0f;
            for (int c = 0; c < classes; c++)
            {
                p[b, c] = MathF.Exp(logits[b, c]); //~ LG0003
                partition += p[b, c];
            }
            energy[b] = -MathF.Log(partition);
            for (int c = 0; c < classes; c++) p[b, c] /= partition;
        }
        return p;
    }
}

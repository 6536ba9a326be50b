// Source: AlphaFold / OpenFold `compute_plddt`, re-created as a direct 2-D port without the framework softmax.
// Layout: float[residues, bins], probabilities written into a float[,].
// Bug (LG0003): the bin logits are exponentiated without subtracting any max.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class AlphaFoldPlddt_RawBinExp
{
    public static float[] Plddt(float[,] logits, float[,] probs)
    {
        int residues = logits.GetLength(0);
        int bins = logits.GetLength(1);
        var plddt = new float[residues];
        for (int r = 0; r < residues; r++)
        {
            float z = 0f;
            for (int b = 0; b < bins; b++)
            {
                probs[r, b] = MathF.Exp(logits[r, b]); //~ LG0003
                z += probs[r, b];
            }

            float expected = 0f;
            for (int b = 0; b < bins; b++)
            {
                probs[r, b] /= z;
                expected += probs[r, b] * (b + 0.5f) / bins;
            }

            plddt[r] = 100f * expected;
        }

        return plddt;
    }
}

// Source: AlphaFold / OpenFold `compute_plddt` (softmax over 50 lDDT bins per residue, expectation of the bin
// centres, times 100), re-created for a C# structure viewer.
// Layout: flat float[] logits [residues * bins] with a per-residue offset, probabilities and pLDDT out. Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class AlphaFoldPlddt_BinExpectation
{
    public static void Plddt(float[] logits, int bins, float[] probs, float[] plddt)
    {
        float binWidth = 1f / bins;
        for (int r = 0; r < plddt.Length; r++)
        {
            int offset = r * bins;
            float hi = logits[offset];
            for (int b = 1; b < bins; b++)
            {
                hi = MathF.Max(hi, logits[offset + b]);
            }

            float z = 0f;
            for (int b = 0; b < bins; b++)
            {
                float e = MathF.Exp(logits[offset + b] - hi);
                probs[offset + b] = e;
                z += e;
            }

            float expected = 0f;
            for (int b = 0; b < bins; b++)
            {
                probs[offset + b] /= z;
                expected += probs[offset + b] * (b + 0.5f) * binWidth;
            }

            plddt[r] = 100f * expected;
        }
    }
}

// Re-creation (our own code) of the shape of CAML's per-label attention for ICD coding (Mullenbach et al. 2018,
// "Explainable Prediction of Medical Codes from Clinical Text": α_l = softmax(H u_l) over the document's tokens).
// Layout: jagged float[labels][paddedTokens] scores, only the first tokenCount entries are real; LINQ Take/Max per
// label, padding gets weight 0.
// Correct: each label's maximum over its real tokens is the shift.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut10;

public static class CamlLabelAttentionPaddedTokens
{
    public static void Attention(float[][] scores, int tokenCount, float[][] alpha)
    {
        for (int l = 0; l < scores.Length; l++)
        {
            float[] row = scores[l];
            float peak = row.Take(tokenCount).Max();
            float sum = 0f;
            for (int t = 0; t < tokenCount; t++)
            {
                alpha[l][t] = MathF.Exp(row[t] - peak);
                sum += alpha[l][t];
            }

            for (int t = 0; t < tokenCount; t++)
                alpha[l][t] /= sum;
            for (int t = tokenCount; t < row.Length; t++)
                alpha[l][t] = 0f;
        }
    }
}

// Source: CopyNet joint generate/copy distribution (Gu et al. 2016, "Incorporating Copying Mechanism in
// Sequence-to-Sequence Learning"; AllenNLP `CopyNetSeq2Seq._get_ll_contrib`): one softmax over the concatenation of
// the generation scores [vocab] and the copy scores [source positions].
// Layout: two float[steps, n] matrices; the peak and the sum of a step run over both arrays; both probability
// matrices are written.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class CopyNet_JointGenerateCopy
{
    public static void Distribution(float[,] generate, float[,] copy, float[,] pGenerate, float[,] pCopy)
    {
        int steps = generate.GetLength(0);
        int vocab = generate.GetLength(1);
        int source = copy.GetLength(1);
        for (int t = 0; t < steps; t++)
        {
            float peak = float.NegativeInfinity;
            for (int v = 0; v < vocab; v++)
                peak = MathF.Max(peak, generate[t, v]);
            for (int j = 0; j < source; j++)
                peak = MathF.Max(peak, copy[t, j]);

            float z = 0f;
            for (int v = 0; v < vocab; v++)
                z += pGenerate[t, v] = MathF.Exp(generate[t, v] - peak);
            for (int j = 0; j < source; j++)
                z += pCopy[t, j] = MathF.Exp(copy[t, j] - peak);

            for (int v = 0; v < vocab; v++)
                pGenerate[t, v] /= z;
            for (int j = 0; j < source; j++)
                pCopy[t, j] /= z;
        }
    }
}

// Source: CopyNet joint generate/copy distribution (Gu et al. 2016), a port that concatenates both score sets into a
// stackalloc'd buffer and normalises it.
// Layout: two float[steps, n] matrices copied per step into a Span<float> of vocab + source entries; the joint
// distribution is written back into one float[steps, vocab + source].
// Bug LG0003: exp of the raw concatenated scores, no maximum subtracted.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class CopyNet_RawJointScores
{
    public static float[,] Distribution(float[,] generate, float[,] copy)
    {
        int steps = generate.GetLength(0);
        int vocab = generate.GetLength(1);
        int source = copy.GetLength(1);
        var joint = new float[steps, vocab + source];
        Span<float> all = stackalloc float[vocab + source];
        for (int t = 0; t < steps; t++)
        {
            for (int v = 0; v < vocab; v++)
                all[v] = generate[t, v];
            for (int j = 0; j < source; j++)
                all[vocab + j] = copy[t, j];

            float z = 0f;
            for (int i = 0; i < all.Length; i++)
            {
                all[i] = MathF.Exp(all[i]); //~ LG0003
                z += all[i];
            }
            for (int i = 0; i < all.Length; i++)
                joint[t, i] = all[i] / z;
        }
        return joint;
    }
}

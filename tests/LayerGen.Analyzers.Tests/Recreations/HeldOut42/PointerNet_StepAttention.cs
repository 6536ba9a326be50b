// Idiom: pointer network (Vinyals et al.): u_j = v · tanh(W1 e_j + W2 d_i), softmax over the input positions per decoder step
// Layout: List<float[]> of scores, one array per decoder step; LINQ per step
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut42.PointerNet_StepAttention;

public static class PointerAttention
{
    public static float[] Scores(float[][] encoderProj, float[] decoderProj, float[] v)
    {
        var u = new float[encoderProj.Length];
        for (int j = 0; j < encoderProj.Length; j++)
        {
            float acc = 0f;
            for (int k = 0; k < v.Length; k++)
                acc += v[k] * MathF.Tanh(encoderProj[j][k] + decoderProj[k]);
            u[j] = acc;
        }

        return u;
    }

    public static List<float[]> PointerDistributions(List<float[]> stepScores)
    {
        var result = new List<float[]>(stepScores.Count);
        foreach (float[] u in stepScores)
        {
            float m = u.Max();
            float[] e = u.Select(x => MathF.Exp(x - m)).ToArray();
            float z = e.Sum();
            result.Add(e.Select(x => x / z).ToArray());
        }

        return result;
    }
}

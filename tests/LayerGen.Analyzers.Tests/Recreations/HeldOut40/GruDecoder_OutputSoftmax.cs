// Idiom: GRU decoder with struct-of-arrays state; output projection Z = W * H gives [vocab, batch], softmax over vocab per batch column
// Layout: flat float[] column-major [vocab, batch], index v * batch + b
// Correct
using System;

namespace HeldOut40.GruDecoder_OutputSoftmax;

public sealed class GruDecoderState
{
    public readonly int Batch;
    public readonly int Hidden;
    public readonly float[] H; // [hidden, batch], index h * Batch + b

    public GruDecoderState(int batch, int hidden)
    {
        Batch = batch;
        Hidden = hidden;
        H = new float[hidden * batch];
    }

    public float[] Project(float[] w, int vocab)
    {
        var z = new float[vocab * Batch];
        for (int v = 0; v < vocab; v++)
            for (int h = 0; h < Hidden; h++)
                for (int b = 0; b < Batch; b++)
                    z[v * Batch + b] += w[v * Hidden + h] * H[h * Batch + b];
        return z;
    }

    public static void OutputSoftmax(float[] z, float[] probs, int vocab, int batch)
    {
        for (int b = 0; b < batch; b++)
        {
            float m = float.NegativeInfinity;
            for (int v = 0; v < vocab; v++)
                m = MathF.Max(m, z[v * batch + b]);

            float s = 0f;
            for (int v = 0; v < vocab; v++)
            {
                probs[v * batch + b] = MathF.Exp(z[v * batch + b] - m);
                s += probs[v * batch + b];
            }

            for (int v = 0; v < vocab; v++)
                probs[v * batch + b] /= s;
        }
    }
}

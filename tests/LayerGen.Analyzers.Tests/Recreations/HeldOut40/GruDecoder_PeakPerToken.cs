// Idiom: GRU decoder output layer, Z = W * H stored as a [vocab, batch] matrix, softmax over the vocabulary per batch column
// Layout: float[vocab, batch] (column-major activations in a 2D array)
// Bug (LG0004): the max runs along each vocab row over the batch, the sum down each batch column over the vocabulary
using System;

namespace HeldOut40.GruDecoder_PeakPerToken;

public static class GruOutput
{
    public static float[,] Softmax(float[,] z)
    {
        int vocab = z.GetLength(0), batch = z.GetLength(1);
        var peak = new float[vocab];
        for (int v = 0; v < vocab; v++)
        {
            peak[v] = z[v, 0];
            for (int b = 1; b < batch; b++)
                peak[v] = Math.Max(peak[v], z[v, b]); //~ LG0004
        }

        var y = new float[vocab, batch];
        for (int b = 0; b < batch; b++)
        {
            float s = 0f;
            for (int v = 0; v < vocab; v++)
            {
                y[v, b] = MathF.Exp(z[v, b] - peak[v]);
                s += y[v, b];
            }

            for (int v = 0; v < vocab; v++)
                y[v, b] /= s;
        }

        return y;
    }
}

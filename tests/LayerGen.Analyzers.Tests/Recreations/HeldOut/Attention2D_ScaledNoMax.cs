// Re-creation (our own code) of the attention weights of Triuman/AISoccer (Assets/Scripts/AttentionTriML/Matrix.cs)
// and of the minGPT C# ports (scores = Q·Kᵀ / sqrt(d)), written with rectangular double[,] arrays: the scaled scores
// are exponentiated as they are and each query row is divided by its sum.
// Layout: row-major double[T, T] computed from Q[T, d] and K[T, d]. Bug (LG0003): no maximum subtracted.
using System;

namespace HeldOut.Attention2DScaledNoMax;

public static class Attention
{
    public static double[,] Weights(double[,] q, double[,] k)
    {
        int tokens = q.GetLength(0);
        int dim = q.GetLength(1);
        double scale = Math.Sqrt(dim);
        var w = new double[tokens, tokens];
        for (int i = 0; i < tokens; i++)
        {
            double sum = 0;
            for (int j = 0; j < tokens; j++)
            {
                double dot = 0;
                for (int d = 0; d < dim; d++)
                {
                    dot += q[i, d] * k[j, d];
                }

                w[i, j] = Math.Exp(dot / scale); //~ LG0003
                sum += w[i, j];
            }

            for (int j = 0; j < tokens; j++)
            {
                w[i, j] /= sum;
            }
        }

        return w;
    }
}

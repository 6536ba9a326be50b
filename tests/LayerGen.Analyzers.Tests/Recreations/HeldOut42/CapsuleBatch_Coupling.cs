// Idiom: batched capsule routing, coupling coefficients for every sample and child capsule, softmax over the parents
// Layout: float[batch, children, parents] (softmax axis last)
// Correct
using System;

namespace HeldOut42.CapsuleBatch_Coupling;

public static class BatchedRouting
{
    public static float[,,] Softmax(float[,,] b)
    {
        int batch = b.GetLength(0), children = b.GetLength(1), parents = b.GetLength(2);
        var c = new float[batch, children, parents];

        for (int n = 0; n < batch; n++)
        {
            for (int i = 0; i < children; i++)
            {
                float max = b[n, i, 0];
                for (int j = 1; j < parents; j++)
                    max = Math.Max(max, b[n, i, j]);

                float sum = 0f;
                for (int j = 0; j < parents; j++)
                {
                    c[n, i, j] = MathF.Exp(b[n, i, j] - max);
                    sum += c[n, i, j];
                }

                for (int j = 0; j < parents; j++)
                    c[n, i, j] /= sum;
            }
        }

        return c;
    }
}

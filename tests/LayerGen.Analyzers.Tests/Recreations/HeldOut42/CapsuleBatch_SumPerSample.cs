// Idiom: batched capsule routing, coupling coefficients per sample through a local helper per child capsule
// Layout: float[batch, children, parents]
// Bug (LG0002): the normaliser is reset per sample only, so it sums over every child capsule of the sample
using System;

namespace HeldOut42.CapsuleBatch_SumPerSample;

public static class CapsuleRouter
{
    public static float[,,] CouplingCoefficients(float[,,] logits)
    {
        int batch = logits.GetLength(0);
        int children = logits.GetLength(1);
        int parents = logits.GetLength(2);
        var c = new float[batch, children, parents];

        for (int n = 0; n < batch; n++)
        {
            float norm = 0f;
            for (int i = 0; i < children; i++)
            {
                float m = ChildMax(n, i);
                for (int j = 0; j < parents; j++)
                {
                    c[n, i, j] = MathF.Exp(logits[n, i, j] - m);
                    norm += c[n, i, j]; //~ LG0002
                }
            }

            for (int i = 0; i < children; i++)
                for (int j = 0; j < parents; j++)
                    c[n, i, j] /= norm;
        }

        return c;

        float ChildMax(int n, int i)
        {
            float m = float.NegativeInfinity;
            for (int j = 0; j < parents; j++)
                if (logits[n, i, j] > m) m = logits[n, i, j];
            return m;
        }
    }
}

// Idiom: capsule routing-by-agreement, "stabilised" with the largest routing logit before the per-child softmax
// Layout: flat float[parents * children], parent-major (b[j * children + i])
// Bug (LG0001): the max runs over the whole logit buffer (every child and parent), not over one child's parents
using System;

namespace HeldOut42.CapsuleRouting_WholeLogitMax;

public static class FlatRouting
{
    public static float[] Coupling(float[] b, int parents, int children)
    {
        float bMax = float.NegativeInfinity;
        foreach (float v in b)
            if (v > bMax) bMax = v; //~ LG0001

        var c = new float[b.Length];
        for (int i = 0; i < children; i++)
        {
            float denom = 0f;
            for (int j = 0; j < parents; j++)
            {
                c[j * children + i] = MathF.Exp(b[j * children + i] - bMax);
                denom += c[j * children + i];
            }

            for (int j = 0; j < parents; j++)
                c[j * children + i] /= denom;
        }

        return c;
    }
}

// Idiom: capsule routing-by-agreement with the logits stored parent-major, softmax over the parents of each child
// Layout: float[parents, children] (transposed: the softmax axis is the first index)
// Correct
using System;

namespace HeldOut42.CapsuleRouting_ParentsFirst;

public sealed class CapsuleLayer
{
    public int Parents { get; }
    public int Children { get; }

    public CapsuleLayer(int parents, int children)
    {
        Parents = parents;
        Children = children;
    }

    public float[,] CouplingCoefficients(float[,] bParentChild)
    {
        var c = new float[Parents, Children];
        for (int i = 0; i < Children; i++)
        {
            float mx = float.MinValue;
            for (int j = 0; j < Parents; j++)
                mx = MathF.Max(mx, bParentChild[j, i]);

            float s = 0f;
            for (int j = 0; j < Parents; j++)
            {
                float ex = MathF.Exp(bParentChild[j, i] - mx);
                c[j, i] = ex;
                s += ex;
            }

            for (int j = 0; j < Parents; j++)
                c[j, i] = c[j, i] / s;
        }

        return c;
    }
}

// Idiom: recursion over a nested jagged batch of any depth — Walk(Array) switches on the node type, recursing into
// nested arrays until a float[] leaf, which a one-slice helper normalises in place.
// Use: sequences × tokens × classes (or deeper) logits, one softmax per innermost vector.
// Layout: float[][][] (any float[]…[] nesting), innermost float[] the softmax slice.
// Correct: the helper is only ever given one leaf vector; its max and sum are that leaf's.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut77.NestedBatch_LeafRows;

public static class LeafRows
{
    public static void Walk(Array node)
    {
        switch (node)
        {
            case float[] leaf:
                SoftmaxInPlace(leaf);
                break;
            default:
                foreach (object? child in node)
                {
                    if (child is Array nested)
                    {
                        Walk(nested);
                    }
                }

                break;
        }
    }

    private static void SoftmaxInPlace(float[] v)
    {
        float m = v.Max();
        float s = 0f;
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = MathF.Exp(v[i] - m);
            s += v[i];
        }

        for (int i = 0; i < v.Length; i++)
        {
            v[i] /= s;
        }
    }
}

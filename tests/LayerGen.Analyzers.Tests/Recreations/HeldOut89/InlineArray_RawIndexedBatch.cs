// Idiom: an `[InlineArray(4)]` struct of doubles indexed directly (`q[j]`), a Span<Quad> batch updated by ref.
// Use: four-way routing probabilities for each item of a batch (a mixture-of-experts gate with four experts).
// Layout: Span<Quad> — each element one softmax slice of four doubles, indexed through `ref Quad q`.
// Bug (LG0003): the gate exponentiates the raw logits `q[j]`, no max subtracted.
// Our own code.
using System;
using System.Runtime.CompilerServices;

namespace HeldOut89.InlineArray_RawIndexedBatch;

[InlineArray(Quad.Experts)]
public struct Quad
{
    public const int Experts = 4;
    private double _first;
}

public static class Gate
{
    public static void Route(Span<Quad> items)
    {
        for (int i = 0; i < items.Length; i++)
        {
            ref Quad q = ref items[i];
            double norm = 0d;
            for (int j = 0; j < Quad.Experts; j++)
            {
                q[j] = Math.Exp(q[j]); //~ LG0003
                norm += q[j];
            }

            for (int j = 0; j < Quad.Experts; j++)
            {
                q[j] /= norm;
            }
        }
    }
}

// Source: protein secondary-structure prediction (NetSurfP-2.0 / PSIPRED-style Q8 head), a chain decoded in parallel
//         per residue (re-created shape, our own code).
// Layout: float[residues, 8]; a private helper stores the peak in the field `_chainPeak`; `Parallel.For` over residues.
// Label: LG0001 — the helper folds the peak over every residue of the chain, not over one residue's eight states.
using System;
using System.Threading.Tasks;

namespace HeldOut25.SecondaryStructure;

/// <summary>Decodes the Q8 probabilities of a whole chain.</summary>
public sealed class Q8ChainDecoder
{
    private float _chainPeak;

    /// <summary>Returns the eight-state probabilities per residue.</summary>
    public float[,] Probabilities(float[,] q8Logits)
    {
        int residues = q8Logits.GetLength(0);
        int states = q8Logits.GetLength(1);
        FindChainPeak(q8Logits); //~ LG0001
        var p = new float[residues, states];
        Parallel.For(0, residues, r =>
        {
            float sum = 0f;
            for (int s = 0; s < states; s++)
            {
                p[r, s] = MathF.Exp(q8Logits[r, s] - _chainPeak);
                sum += p[r, s];
            }

            for (int s = 0; s < states; s++)
            {
                p[r, s] /= sum;
            }
        });

        return p;
    }

    private void FindChainPeak(float[,] q8Logits)
    {
        _chainPeak = float.NegativeInfinity;
        for (int r = 0; r < q8Logits.GetLength(0); r++)
        {
            for (int s = 0; s < q8Logits.GetLength(1); s++)
            {
                if (q8Logits[r, s] > _chainPeak)
                {
                    _chainPeak = q8Logits[r, s];
                }
            }
        }
    }
}

// Idiom: a Span<Frame> of unsafe structs with two fixed double buffers, a ref local per frame, and
// fixed (double* x = frame.Logits, p = frame.Probs) to get pointers to its buffers.
// Use: per-frame phoneme posteriors of a speech front end exchanged with native code.
// Layout: Span<Frame>, each frame's first Width logits in Logits and results in Probs; softmax per frame.
// Bug (LG0002): each frame is shifted by its own peak, but the normaliser `total` sums the exponentials of every frame
// and every frame is divided by that one total.
// Our own code.
#nullable enable
using System;
using System.Runtime.InteropServices;

namespace HeldOut97.FixedBufferStruct_OneTotal;

[StructLayout(LayoutKind.Sequential)]
public unsafe struct Frame
{
    public const int Capacity = 12;
    public fixed double Logits[Capacity];
    public fixed double Probs[Capacity];
    public int Width;
}

public static unsafe class Posteriors
{
    public static void Compute(Span<Frame> frames)
    {
        double total = 0;
        for (int f = 0; f < frames.Length; f++)
        {
            ref Frame frame = ref frames[f];
            fixed (double* x = frame.Logits, p = frame.Probs)
            {
                double top = double.NegativeInfinity;
                for (int k = 0; k < frame.Width; k++)
                    top = Math.Max(top, x[k]);

                for (int k = 0; k < frame.Width; k++)
                {
                    p[k] = Math.Exp(x[k] - top);
                    total += p[k]; //~ LG0002
                }
            }
        }

        for (int f = 0; f < frames.Length; f++)
        {
            ref Frame frame = ref frames[f];
            fixed (double* p = frame.Probs)
            {
                for (int k = 0; k < frame.Width; k++)
                    p[k] /= total;
            }
        }
    }
}

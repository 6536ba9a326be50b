// known gap: a max written to a field by an event subscriber (lambda or method) is not followed through the event raise; a direct call of the same method is found
// gap: -LG0001@23
// Idiom: events with a lambda subscriber — `event Action<float[]>? BatchStarting`, subscribed in the constructor with
// `data => _peak = data.Max()`; `Forward` raises it once, then exponentiates and normalises row by row.
// Use: a softmax whose shift is computed by a "batch started" hook stored in a field.
// Layout: flat float[batch * classes], row-major, `o = row * Classes`.
// Bug: LG0001 — the hook's `data.Max()` runs over the whole batch buffer; the sums are per row, so a row far below
// the batch max underflows to 0/0.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut74.EventHooks_BatchStartingPeak;

public sealed class EventedSoftmax
{
    private float _peak;

    public EventedSoftmax(int classes)
    {
        Classes = classes;
        BatchStarting += data => _peak = data.Max(); //~ LG0001
    }

    public event Action<float[]>? BatchStarting;

    public int Classes { get; }

    public float[] Forward(float[] x)
    {
        BatchStarting?.Invoke(x);
        var y = new float[x.Length];
        for (int row = 0; row * Classes < x.Length; row++)
        {
            int o = row * Classes;
            float sum = 0f;
            for (int k = 0; k < Classes; k++)
            {
                y[o + k] = MathF.Exp(x[o + k] - _peak);
                sum += y[o + k];
            }

            for (int k = 0; k < Classes; k++)
            {
                y[o + k] /= sum;
            }
        }

        return y;
    }
}

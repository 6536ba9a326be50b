// Softmax that keeps its exponentials in a `new float[]` buffer (the NumPy habit `e = np.exp(x - x.max())`), float.
// Re-creates: the softmax of C# beginner NN code with a temporary array (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(10)]
public partial class SoftmaxHeapArrayBuffer
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float[] e = new float[10];
        float mx = x[0];
        for (int i = 1; i < 10; i++) mx = MathF.Max(mx, x[i]);
        float s = 0;
        for (int i = 0; i < 10; i++)
        {
            e[i] = MathF.Exp(x[i] - mx);
            s += e[i];
        }
        for (int i = 0; i < 10; i++) y[i] = e[i] / s;
    }
}

// Variant (our own code) of tech-quantum/techquantum-demos, Learn-NN-CSharp/Final/NeuroSimple/Layers/Activations/
// Softmax.cs: its Backward is InputGrad = grad * Output * (1 - Output). There the forward is a sigmoid, so the
// backward is right for what it computes; here the forward is a real softmax, as the class name promises.
// Layout: one vector; Output is a property written by Forward. Bug (LG0007): diagonal-only derivative.
using System;

namespace Recreations.Backward.NeuroSimpleOutputTimesComplement;

public sealed class Softmax
{
    public float[] Output { get; private set; } = Array.Empty<float>();

    public float[] InputGrad { get; private set; } = Array.Empty<float>();

    public void Forward(float[] x)
    {
        Output = new float[x.Length];
        float max = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++)
        {
            max = MathF.Max(max, x[i]);
        }

        float sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            Output[i] = MathF.Exp(x[i] - max);
            sum += Output[i];
        }

        for (int i = 0; i < x.Length; i++)
        {
            Output[i] /= sum;
        }
    }

    public void Backward(float[] grad)
    {
        InputGrad = new float[grad.Length];
        for (int i = 0; i < grad.Length; i++)
        {
            InputGrad[i] = grad[i] * Output[i] * (1 - Output[i]); //~ LG0007
        }
    }
}

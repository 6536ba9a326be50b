// Re-creation (our own code) of a Tensor<T> softmax (.NET 9+ System.Numerics.Tensors, as in SteffenBlake/Atomic.Net's
// tensor blocks) with the maximum subtracted first: Tensor.Max, Tensor.Subtract, Tensor.Exp, Tensor.Sum, Tensor.Divide.
// Layout: 1D Tensor<float> (experimental API, SYSLIB5001). Correct.
#pragma warning disable SYSLIB5001
using System.Numerics.Tensors;

namespace HeldOut.TensorTShifted;

public static class TensorSoftmax
{
    public static Tensor<float> Forward(Tensor<float> logits)
    {
        float max = Tensor.Max<float>(logits);
        Tensor<float> e = Tensor.Exp<float>(Tensor.Subtract<float>(logits, max));
        float sum = Tensor.Sum<float>(e);
        return Tensor.Divide<float>(e, sum);
    }
}

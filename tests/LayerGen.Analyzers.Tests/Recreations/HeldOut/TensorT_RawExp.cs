// Variant (our own code) of SteffenBlake/Atomic.Net's SoftMaxMapBlock (System.Numerics.Tensors over float blocks)
// written with the .NET 9+ Tensor<T> type instead of spans: Tensor.Exp of the raw logits, Tensor.Sum, Tensor.Divide.
// Layout: 1D Tensor<float> (experimental API, SYSLIB5001). Bug (LG0003): no maximum subtracted.
#pragma warning disable SYSLIB5001
using System.Numerics.Tensors;

namespace HeldOut.TensorTRawExp;

public static class TensorSoftmax
{
    public static Tensor<float> Forward(Tensor<float> logits)
    {
        Tensor<float> e = Tensor.Exp<float>(logits); //~ LG0003
        float sum = Tensor.Sum<float>(e);
        return Tensor.Divide<float>(e, sum);
    }
}

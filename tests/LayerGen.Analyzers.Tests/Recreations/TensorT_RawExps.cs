// Variants (our own code) of a Tensor<T> softmax (.NET 9+ System.Numerics.Tensors, pattern of SteffenBlake/Atomic.Net's
// tensor blocks, see HeldOut/TensorT_Shifted.cs) that exponentiate the logits as they are: divided into the exp
// tensor's own storage (destination overload), and a generic-math version with the sum inline.
// Layout: 1D Tensor<T> (experimental API, SYSLIB5001). Bug (LG0003) x2.
#pragma warning disable SYSLIB5001
using System.Numerics;
using System.Numerics.Tensors;

namespace Recreations.TensorTRawExps;

public static class TensorSoftmax
{
    public static Tensor<double> InPlace(Tensor<double> logits)
    {
        Tensor<double> probabilities = Tensor.Exp<double>(logits); //~ LG0003
        double total = Tensor.Sum<double>(probabilities);
        Tensor.Divide<double>(probabilities, total, probabilities);
        return probabilities;
    }

    public static Tensor<T> Generic<T>(Tensor<T> logits)
        where T : IExponentialFunctions<T>
    {
        Tensor<T> e = Tensor.Exp<T>(logits); //~ LG0003
        return Tensor.Divide<T>(e, Tensor.Sum<T>(e));
    }
}

// known gap: missed LG0006: the on-the-fly Jacobian product reads the softmax output from a parameter (afterActivation), not from a softmax computed or stored by the class
// gap: -LG0006@73
// Source: Unknown-3301/Neuran Activations/Softmax.cs:91 and :127 (re-created, not copied)
// Layout: the CPU branch of a softmax activation over a flat tensor type (an indexer over TensorLength elements,
// copied into an `intermediate` field first; the GPU branch dispatches shaders and is left out here); its
// GetDerivative walks i and, for each i, sums lossDer[j] · (i == j ? y_i(1 − y_i) : −y_i·y_j) over the whole
// vector, y being the activation's output passed back in.
// Label: Activate LG0003 (raw exp: a float logit above ~88.7 gives inf / inf = NaN); GetDerivative LG0006 (every
// Jacobian entry is computed on the fly, O(n²) where the O(n) product y ⊙ (g − ⟨y, g⟩) does).
using System;

namespace Recreations.Real52.NeuranTensorRawExpAndJacobianProduct;

public sealed class Tensor
{
    private readonly float[] _data;

    public Tensor(int length) => _data = new float[length];

    public int TensorLength => _data.Length;

    public float this[int index]
    {
        get => _data[index];
        set => _data[index] = value;
    }

    public void CopyTo(Tensor other) => Array.Copy(_data, other._data, _data.Length);
}

public sealed class SoftmaxActivation
{
    private readonly Tensor _intermediate;
    private readonly Tensor _lossDerivative;
    private Tensor _input;
    private Tensor _output;

    public SoftmaxActivation(int length)
    {
        _intermediate = new Tensor(length);
        _lossDerivative = new Tensor(length);
        _input = _intermediate;
        _output = new Tensor(length);
    }

    public void Activate(Tensor beforeActivation, Tensor afterActivation)
    {
        beforeActivation.CopyTo(_intermediate);
        _input = _intermediate;
        _output = afterActivation;

        float sum = 0;
        for (int i = 0; i < _input.TensorLength; i++)
        {
            _intermediate[i] = (float)Math.Exp(_input[i]); //~ LG0003
            sum += _intermediate[i];
        }

        for (int i = 0; i < _input.TensorLength; i++)
        {
            _output[i] = _intermediate[i] / sum;
        }
    }

    public void GetDerivative(Tensor beforeActivation, Tensor afterActivation, Tensor derivatives)
    {
        derivatives.CopyTo(_lossDerivative);
        for (int i = 0; i < _input.TensorLength; i++)
        {
            float sum = 0;
            for (int j = 0; j < _input.TensorLength; j++)
            {
                sum += _lossDerivative[j] * (i == j ? afterActivation[i] * (1 - afterActivation[i]) : -afterActivation[i] * afterActivation[j]); //~ LG0006
            }

            derivatives[i] = sum;
        }
    }
}

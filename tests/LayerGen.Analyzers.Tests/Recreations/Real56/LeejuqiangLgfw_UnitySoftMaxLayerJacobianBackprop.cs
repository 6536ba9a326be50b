// known gap: the exp sum kept in a field overwritten by its reciprocal; the Jacobian product reads the exps and that reciprocal from fields another method set (see README)
// gap: -LG0003@62 -LG0006@91
// Source: leejuqiang/LGFW Unity3D/LGFW/AI/NeuronNetwork/NNSoftMaxLayer.cs:31, :56 and
// Unity3D/LGFW/AI/NeuronNetwork/NNSigmoidLayer.cs:28, :47 (commit e7f5e664d7ab) (re-created, not copied)
// Layout: a Unity game framework's small neural network (used on MNIST). Layers keep their input, output and
// back-propagated error in public number[] fields, where number is a using alias (double unless NN_USE_FLOAT; the
// original's float branch names System.Float, here System.Single). The softmax layer stores exp(input) in a field,
// the reciprocal of their sum in another field, and backPropagate walks the whole Jacobian: for each i it adds
// J[i, j] · outToE[j] over every j, with J[i, i] = (s − e_i s²) e_i and J[i, j] = −e_j s² e_i (s = 1 / Σe): the right
// values in O(n²). The sigmoid layer beside it is element-wise, with y(1 − y) as its derivative.
// Label: NNSoftMaxLayer.output LG0003; NNSoftMaxLayer.backPropagate LG0006; NNSigmoidLayer.output and
// NNSigmoidLayer.backPropagate correct (look-alikes).
#if NN_USE_FLOAT
using number = System.Single;
#else
using number = System.Double;
#endif

namespace Recreations.Real56.LeejuqiangLgfw_UnitySoftMaxLayerJacobianBackprop;

/// <summary>The framework's layer base: buffers shared with the network.</summary>
internal abstract class NNLayerBase
{
    public number[] m_input = new number[0];
    public number[] m_output = new number[0];
    public number[] m_bpInToE = new number[0];

    public abstract void setInputNumber(int number);

    public abstract number[] output(number[] input);

    public abstract void backPropagate(number[] outToE, bool isFirst);

    /// <summary>Allocates the back-propagation buffer of every layer but the first.</summary>
    public void enableTraining(int layerIndex)
    {
        if (layerIndex > 0)
        {
            m_bpInToE = new number[m_output.Length];
        }
    }
}

/// <summary>A soft max activation layer.</summary>
internal sealed class NNSoftMaxLayer : NNLayerBase
{
    private number[] m_expOutput = new number[0];
    private number m_sum;

    public override void setInputNumber(int number)
    {
        m_output = new number[number];
        m_expOutput = new number[number];
    }

    public override number[] output(number[] input)
    {
        m_input = input;
        m_sum = 0;
        for (int i = 0; i < m_output.Length; ++i)
        {
            m_expOutput[i] = System.Math.Exp(m_input[i]); //~ LG0003
            m_sum += m_expOutput[i];
        }

        m_sum = 1 / m_sum;
        for (int i = 0; i < input.Length; ++i)
        {
            m_output[i] = m_expOutput[i] * m_sum;
        }

        return m_output;
    }

    public override void backPropagate(number[] outToE, bool isFirst)
    {
        if (!isFirst)
        {
            number sum2 = m_sum * m_sum;
            for (int i = 0; i < m_bpInToE.Length; ++i)
            {
                m_bpInToE[i] = 0;
                for (int j = 0; j < m_bpInToE.Length; ++j)
                {
                    if (i == j)
                    {
                        m_bpInToE[i] += (m_sum - m_expOutput[i] * sum2) * m_expOutput[i] * outToE[j];
                    }
                    else
                    {
                        m_bpInToE[i] -= m_expOutput[j] * sum2 * m_expOutput[i] * outToE[j]; //~ LG0006
                    }
                }
            }
        }
    }
}

/// <summary>An element-wise logistic layer.</summary>
internal sealed class NNSigmoidLayer : NNLayerBase
{
    public override void setInputNumber(int number)
    {
        m_output = new number[number];
    }

    public override number[] output(number[] input)
    {
        m_input = input;
        for (int i = 0; i < input.Length; ++i)
        {
            number e = System.Math.Exp(-input[i]);
            m_output[i] = 1 / (1 + e);
        }

        return m_output;
    }

    public override void backPropagate(number[] outToE, bool isFirst)
    {
        for (int i = 0; i < m_bpInToE.Length; ++i)
        {
            m_bpInToE[i] = m_output[i] * (1 - m_output[i]) * outToE[i];
        }
    }
}

// Source: trrahul/llama2.cs src/llama2.cs/Program.cs:188, :335, :407, :476, :537 (commit e90b26fb02f2)
// (re-created, not copied)
// Layout: a C# port of karpathy's llama2.c. The run state keeps flat float[] buffers: att is n_heads × seq_len, one
// row of scores per head; the KV cache is layers × seq_len × dim. The attention runs Parallel.For over the heads:
// each head takes its row as a Span (state.att.AsSpan(h * seq_len)), fills scores for time steps 0..pos, calls
// Softmax on the slice att[..(pos + 1)] and accumulates the weighted values into xb. Softmax(Span<float>) takes
// TensorPrimitives.Max of the span, exp(x − max) in a loop and TensorPrimitives.Divide by the sum. The generation
// step divides the logits by the temperature, takes Softmax of the vocabulary slice and samples by walking the
// cumulative distribution. The feed-forward's SwiGLU gate multiplies by the logistic 1 / (1 + exp(−x)).
// Label: Softmax correct; Attention correct; NextToken correct; Sample correct (no exp: the draw over the
// probabilities); SwiGlu correct (look-alike).
using System;
using System.Numerics.Tensors;
using System.Threading.Tasks;

namespace Recreations.Real57.TrrahulLlama2Cs_HeadSliceAttentionAndTemperatureSampling;

/// <summary>The model's sizes.</summary>
internal sealed class Config
{
    public int dim;
    public int n_heads;
    public int seq_len;
    public int vocab_size;
}

/// <summary>The run state's buffers.</summary>
internal sealed class RunState(Config c, int layers)
{
    public float[] q = new float[c.dim];
    public float[] xb = new float[c.dim];
    public float[] hb = new float[4 * c.dim];
    public float[] hb2 = new float[4 * c.dim];
    public float[] att = new float[c.n_heads * c.seq_len];
    public float[] logits = new float[c.vocab_size];
    public float[] key_cache = new float[layers * c.seq_len * c.dim];
    public float[] value_cache = new float[layers * c.seq_len * c.dim];
}

/// <summary>The transformer's steps.</summary>
internal static class Program
{
    private static readonly Random Rng = new(1);

    private static float RandomF32() => (float)Rng.NextDouble();

    /// <summary>The multi-head attention of layer <paramref name="l"/> at position <paramref name="pos"/>.</summary>
    public static void Attention(Config config, RunState state, int l, int pos)
    {
        int dim = config.dim;
        int headSize = dim / config.n_heads;
        int loff = l * config.seq_len * dim;

        Parallel.For(0, config.n_heads, h =>
        {
            int qOffset = h * headSize;

            // attention scores for this head
            Span<float> att = state.att.AsSpan(h * config.seq_len);

            for (int t = 0; t <= pos; t++)
            {
                int keyCacheOffset = loff + t * dim + h * headSize;

                float score = 0.0f;
                for (int i = 0; i < headSize; i++) score += state.q[i + qOffset] * state.key_cache[i + keyCacheOffset];

                score /= MathF.Sqrt(headSize);
                att[t] = score;
            }

            // softmax the scores of time steps 0..pos
            Softmax(att[..(pos + 1)]);

            int xbOffset = h * headSize;
            for (int i = xbOffset; i < xbOffset + headSize; i++) state.xb[i] = 0f;

            for (int t = 0; t <= pos; t++)
            {
                int vOffset = loff + t * dim + h * headSize;
                float a = att[t];
                for (int i = 0; i < headSize; i++)
                    state.xb[i + xbOffset] += a * state.value_cache[i + vOffset];
            }
        });
    }

    /// <summary>The next token from the logits: temperature, softmax, a draw.</summary>
    public static int NextToken(Config config, RunState state, float temperature)
    {
        // apply the temperature to the logits
        for (int q = 0; q < config.vocab_size; q++) state.logits[q] /= temperature;

        // apply softmax to the logits to get the probabilities for next token
        Softmax(state.logits.AsSpan(0, config.vocab_size));

        return Sample(state.logits, config.vocab_size);
    }

    /// <summary>A draw from the distribution by its cumulative sum.</summary>
    private static int Sample(float[] probabilities, int configVocabSize)
    {
        float r = RandomF32();
        float cdf = 0.0f;
        for (int i = 0; i < configVocabSize; i++)
        {
            cdf += probabilities[i];
            if (r < cdf) return i;
        }

        return configVocabSize - 1;
    }

    /// <summary>The softmax of <paramref name="x"/>, in place.</summary>
    private static void Softmax(Span<float> x)
    {
        // find max value (for numerical stability)
        float maxVal = TensorPrimitives.Max(x);

        // exp and sum
        float sum = 0.0f;
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = MathF.Exp(x[i] - maxVal);
            sum += x[i];
        }

        // normalize
        TensorPrimitives.Divide(x, sum, x);
    }

    /// <summary>The SwiGLU gate of the feed-forward: silu(hb) · hb2.</summary>
    public static void SwiGlu(RunState state, int hiddenDim)
    {
        for (int i = 0; i < hiddenDim; i++)
        {
            state.hb[i] *= 1.0f / (1.0f + MathF.Exp(-state.hb[i]));
            state.hb[i] *= state.hb2[i];
        }
    }
}

// Idiom: sentiment / intent classification API (ML.NET PredictionEngine over an ONNX text model): label -> confidence per input
// Layout: ML.NET output class with a float[] Score column (raw logits), results as Dictionary<string, float> per input
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut34.SentimentApi_LabelScores
{
    public class ModelOutput
    {
        public float[] Score { get; set; }
    }

    public sealed class SentimentService
    {
        private readonly string[] _labels;

        public SentimentService(string[] labels)
        {
            _labels = labels;
        }

        public Dictionary<string, float> Predict(ModelOutput output)
        {
            float max = output.Score.Max();
            var exps = new Dictionary<string, float>(_labels.Length);
            float sum = 0f;
            for (int i = 0; i < _labels.Length; i++)
            {
                float e = MathF.Exp(output.Score[i] - max);
                exps[_labels[i]] = e;
                sum += e;
            }

            return exps.ToDictionary(kv => kv.Key, kv => kv.Value / sum);
        }

        public List<Dictionary<string, float>> PredictBatch(IEnumerable<ModelOutput> outputs) =>
            outputs.Select(Predict).ToList();
    }
}

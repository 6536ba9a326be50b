// A MonoGame / Godot bot brain updated frame by frame: every frame it scores its behaviours from the world, keeps the
// softmax state in fields between calls (read by the debug overlay) and samples a behaviour.
// Layout: one float[behaviours] per frame written into a field buffer; peak and normaliser are fields.
// Correct: the peak field is reset to −∞ and the normaliser to 0 at the start of every frame, so each frame's
// distribution uses only that frame's logits.
using System;

namespace HeldOut30.FrameLoop_StateResetEachFrame;

/// <summary>The per-frame decision state of one bot.</summary>
public sealed class BotBrain
{
    private readonly float[] _logits;
    private readonly float[] _probabilities;
    private float _peak;
    private float _normaliser;

    /// <summary>Creates a brain for a fixed set of behaviours.</summary>
    public BotBrain(int behaviours)
    {
        _logits = new float[behaviours];
        _probabilities = new float[behaviours];
    }

    /// <summary>This frame's behaviour probabilities (the overlay reads them).</summary>
    public ReadOnlySpan<float> Probabilities => _probabilities;

    /// <summary>The game's Update(gameTime): new logits in, probabilities out.</summary>
    public void Update(ReadOnlySpan<float> frameLogits, float deltaSeconds)
    {
        frameLogits.CopyTo(_logits);
        _peak = float.NegativeInfinity;
        _normaliser = 0f;
        for (int b = 0; b < _logits.Length; b++)
        {
            if (_logits[b] > _peak) _peak = _logits[b];
        }

        for (int b = 0; b < _logits.Length; b++)
        {
            _probabilities[b] = MathF.Exp(_logits[b] - _peak);
            _normaliser += _probabilities[b];
        }

        for (int b = 0; b < _probabilities.Length; b++)
        {
            _probabilities[b] /= _normaliser;
        }

        _ = deltaSeconds; // the think interval is handled by the caller
    }
}

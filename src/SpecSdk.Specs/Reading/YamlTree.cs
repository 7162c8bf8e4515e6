using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SpecSdk.Specs.Reading
{
    /// <summary>A YAML node with its span in the spec file (absolute character offsets).</summary>
    internal abstract class YamlValue
    {
        protected YamlValue(int start, int end)
        {
            Start = start;
            End = end;
        }

        public int Start { get; }

        public int End { get; set; }

        /// <summary>Names the node's shape in messages: "text", "a list", "a set of fields".</summary>
        public abstract string Describe();
    }

    internal sealed class YamlText : YamlValue
    {
        public YamlText(string value, bool plain, int start, int end)
            : base(start, end)
        {
            Value = value;
            IsNull = plain && (value.Length == 0 || value == "~" || value == "null" || value == "Null" || value == "NULL");
        }

        public string Value { get; }

        /// <summary>True for YAML's null: an empty plain value, '~' or 'null'.</summary>
        public bool IsNull { get; }

        public override string Describe() => IsNull ? "empty" : "text";
    }

    internal sealed class YamlList : YamlValue
    {
        public YamlList(int start, int end)
            : base(start, end)
        {
        }

        public List<YamlValue> Items { get; } = new List<YamlValue>();

        public override string Describe() => "a list";
    }

    internal sealed class YamlMap : YamlValue
    {
        public YamlMap(int start, int end)
            : base(start, end)
        {
        }

        public List<KeyValuePair<YamlText, YamlValue>> Entries { get; } = new List<KeyValuePair<YamlText, YamlValue>>();

        public override string Describe() => "a set of fields";
    }

    /// <summary>
    /// Builds a <see cref="YamlValue"/> tree from YamlDotNet's event parser, without recursion and without
    /// YAML's implicit typing: every scalar stays the text the author wrote.
    /// </summary>
    internal static class YamlTree
    {
        public const int MaxDepth = 32;

        private static readonly char[] Brackets = { '[', '{' };

        /// <summary>Parses <paramref name="yaml"/>, which starts at <paramref name="offset"/> in the file.</summary>
        public static YamlValue? Parse(string yaml, int offset, LineMap map, List<SpecDiagnostic> diagnostics)
        {
            var parser = new Parser(new StringReader(yaml));
            var stack = new Stack<Frame>();
            YamlValue? root = null;
            var documents = 0;
            var lastGood = offset;
            try
            {
                while (parser.MoveNext())
                {
                    var current = parser.Current;
                    lastGood = Offset(current!.End, offset);
                    switch (current)
                    {
                        case DocumentStart:
                            if (++documents > 1)
                            {
                                diagnostics.Add(SpecDiagnostics.UnsupportedYaml.Create(
                                    Locate(current!, offset, map), "Several YAML documents", "Keep one set of fields between the '---' lines."));
                                return null;
                            }

                            break;
                        case AnchorAlias alias:
                            diagnostics.Add(SpecDiagnostics.UnsupportedYaml.Create(
                                Locate(alias, offset, map), "Aliases (*name)", "Write the value out in full."));
                            return null;
                        case Scalar scalar:
                            var text = new YamlText(scalar.Value, scalar.Style == ScalarStyle.Plain, Offset(scalar.Start, offset), Offset(scalar.End, offset));
                            if (!Attach(stack, text, ref root, map, diagnostics))
                            {
                                return null;
                            }

                            break;
                        case SequenceStart sequence:
                            if (!Push(stack, new YamlList(Offset(sequence.Start, offset), Offset(sequence.End, offset)), sequence.Style == SequenceStyle.Flow, map, diagnostics))
                            {
                                return null;
                            }

                            break;
                        case MappingStart mapping:
                            if (!Push(stack, new YamlMap(Offset(mapping.Start, offset), Offset(mapping.End, offset)), mapping.Style == MappingStyle.Flow, map, diagnostics))
                            {
                                return null;
                            }

                            break;
                        case SequenceEnd:
                        case MappingEnd:
                            // A flow collection ends at its closing bracket; a block collection's end event
                            // stands at the next token, so it ends where its last item ends.
                            var done = stack.Pop();
                            done.Node.End = done.IsFlow ? Offset(current!.Start, offset) + 1 : Math.Max(done.Node.End, done.LastChildEnd);
                            if (!Attach(stack, done.Node, ref root, map, diagnostics))
                            {
                                return null;
                            }

                            break;
                    }
                }
            }
            catch (YamlException exception)
            {
                var start = Offset(exception.Start, offset);
                var end = Math.Max(start + 1, Offset(exception.End, offset));
                var open = stack.Count > 0 && stack.Peek().IsFlow ? yaml.IndexOfAny(Brackets, stack.Peek().Node.Start - offset) + offset : -1;
                if (open >= offset && exception.Message.Contains("flow") && start >= offset + yaml.TrimEnd().Length && map.Locate(open, open).StartLine < map.Locate(start, start).StartLine)
                {
                    // A bracket never closed is found only at the end, often the line after (the closing '---'):
                    // point at the bracket (past an anchor or tag before it), on the line the mistake is.
                    var bracket = yaml[open - offset];
                    diagnostics.Add(SpecDiagnostics.YamlSyntax.Create(map.Locate(open, open + 1), $"this '{bracket}' is never closed: add the '{(bracket == '[' ? ']' : '}')}' after its last item."));
                    return null;
                }

                diagnostics.Add(SpecDiagnostics.YamlSyntax.Create(map.Locate(start, end), CleanMessage(exception.Message)));
                return null;
            }
            catch (ArgumentException exception) when (exception.TargetSite?.DeclaringType?.Assembly == typeof(YamlException).Assembly)
            {
                // YamlDotNet refuses a tag that is not a valid URI ('!<[>') with no position: point after the last
                // part it understood. An argument our own code refused is a defect, reported as one.
                diagnostics.Add(SpecDiagnostics.YamlSyntax.Create(map.Locate(lastGood, lastGood + 1), "a tag after this point ('!<...>', or one a %TAG line makes) is not a valid URI. Spec files need no tags: remove it."));
                return null;
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's scanner gives up on some malformed input without a position: point after the last
                // part it understood.
                diagnostics.Add(SpecDiagnostics.YamlSyntax.Create(map.Locate(lastGood, lastGood + 1), "it cannot be read past this point. Check for an unclosed bracket or quote."));
                return null;
            }

            return root;
        }

        private static bool Push(Stack<Frame> stack, YamlValue node, bool isFlow, LineMap map, List<SpecDiagnostic> diagnostics)
        {
            if (stack.Count >= MaxDepth)
            {
                diagnostics.Add(SpecDiagnostics.TooDeep.Create(map.Locate(node.Start, node.Start + 1), "front matter", MaxDepth));
                return false;
            }

            stack.Push(new Frame(node, isFlow));
            return true;
        }

        private static bool Attach(Stack<Frame> stack, YamlValue node, ref YamlValue? root, LineMap map, List<SpecDiagnostic> diagnostics)
        {
            if (stack.Count == 0)
            {
                root = node;
                return true;
            }

            var parent = stack.Peek();
            parent.LastChildEnd = node.End;
            switch (parent.Node)
            {
                case YamlList list:
                    list.Items.Add(node);
                    return true;
                case YamlMap mapping when parent.PendingKey is null:
                    if (node is YamlText key)
                    {
                        parent.PendingKey = key;
                        return true;
                    }

                    diagnostics.Add(SpecDiagnostics.WrongType.Create(map.Locate(node.Start, node.End), "A field name", "text", node.Describe()));
                    return false;
                case YamlMap mapping:
                    mapping.Entries.Add(new KeyValuePair<YamlText, YamlValue>(parent.PendingKey!, node));
                    parent.PendingKey = null;
                    return true;
                default:
                    return false;
            }
        }

        private static int Offset(Mark mark, int offset) => offset + (int)Math.Min(int.MaxValue - offset, Math.Max(0, mark.Index));

        private static SourceLocation Locate(ParsingEvent parsingEvent, int offset, LineMap map) =>
            map.Locate(Offset(parsingEvent.Start, offset), Offset(parsingEvent.End, offset));

        /// <summary>YamlDotNet prefixes messages with its own line and column, which are relative to the front matter.</summary>
        private static string CleanMessage(string message)
        {
            var close = message.IndexOf("): ", StringComparison.Ordinal);
            return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message.Substring(close + 3) : message;
        }

        private sealed class Frame
        {
            public Frame(YamlValue node, bool isFlow)
            {
                Node = node;
                IsFlow = isFlow;
            }

            public YamlValue Node { get; }

            public bool IsFlow { get; }

            public int LastChildEnd { get; set; }

            public YamlText? PendingKey { get; set; }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Text;
using SpecSdk.Generators;
using SpecSdk.Model;

namespace SpecSdk.Build
{
    /// <summary>
    /// Writes the generated API (<see cref="Api"/>) as a compiled assembly — metadata and IL, no compiler — with the
    /// catalog embedded in it. The C# compiler pays about 50–90 µs for each member it declares and next to nothing
    /// for one it reads from a reference, so a project that references this assembly compiles about as fast with
    /// 10,000 classes as with none. It references netstandard 2.0 and SpecSdk.Model only, so it loads in every app
    /// the package supports. The same declarations and catalog give the same bytes, and its module id is a hash of
    /// them. Members carry no nullable annotations: the compiler treats them as oblivious.
    /// </summary>
    internal sealed class CatalogAssembly
    {
        /// <summary>Stands for the module id until the image is hashed; replaced in the image by the hash's id.</summary>
        private static readonly Guid ModuleIdPlaceholder = new Guid("5bec5d4c-0a7a-4c1e-9d4b-7e3f1c2a9b60");

        private readonly MetadataBuilder metadata = new MetadataBuilder();
        private readonly BlobBuilder il = new BlobBuilder();
        private readonly MethodBodyStreamEncoder bodies;
        private readonly StringBuilder documentation = new StringBuilder();
        private readonly Dictionary<(AssemblyReferenceHandle, string), TypeReferenceHandle> types = new Dictionary<(AssemblyReferenceHandle, string), TypeReferenceHandle>();
        private readonly Dictionary<(TypeReferenceHandle, string, BlobHandle), MemberReferenceHandle> members = new Dictionary<(TypeReferenceHandle, string, BlobHandle), MemberReferenceHandle>();
        private readonly string ns;
        private readonly TypeReferenceHandle objectType;
        private readonly TypeReferenceHandle decimalType;
        private readonly TypeReferenceHandle listType;
        private readonly TypeReferenceHandle catalogType;
        private readonly TypeReferenceHandle classType;
        private readonly TypeReferenceHandle seriesType;
        private readonly TypeReferenceHandle jurisdictionType;
        private readonly TypeReferenceHandle gradeType;
        private readonly TypeReferenceHandle dateType;
        private readonly TypeReferenceHandle assemblyType;
        private readonly TypeReferenceHandle typeType;
        private readonly TypeReferenceHandle typeHandleType;
        private readonly AssemblyReferenceHandle netstandard;
        private readonly AssemblyReferenceHandle model;
        private MethodDefinitionHandle dataGetter;

        private CatalogAssembly(string assemblyName, string ns)
        {
            bodies = new MethodBodyStreamEncoder(il);
            this.ns = ns;
            metadata.AddModule(0, metadata.GetOrAddString(assemblyName + ".dll"), metadata.GetOrAddGuid(ModuleIdPlaceholder), default, default);
            metadata.AddAssembly(metadata.GetOrAddString(assemblyName), new Version(1, 0, 0, 0), default, default, default, AssemblyHashAlgorithm.Sha1);
            netstandard = metadata.AddAssemblyReference(
                metadata.GetOrAddString("netstandard"),
                new Version(2, 0, 0, 0),
                default,
                metadata.GetOrAddBlob(new byte[] { 0xcc, 0x7b, 0x13, 0xff, 0xcd, 0x2d, 0xdd, 0x51 }),
                default,
                default);
            var modelName = typeof(CatalogData).Assembly.GetName();
            model = metadata.AddAssemblyReference(metadata.GetOrAddString(modelName.Name!), modelName.Version!, default, default, default, default);

            objectType = Reference(netstandard, "System", "Object");
            decimalType = Reference(netstandard, "System", "Decimal");
            listType = Reference(netstandard, "System.Collections.Generic", "IReadOnlyList`1");
            assemblyType = Reference(netstandard, "System.Reflection", "Assembly");
            typeType = Reference(netstandard, "System", "Type");
            typeHandleType = Reference(netstandard, "System", "RuntimeTypeHandle");
            catalogType = Reference(model, nameof(CatalogData));
            classType = Reference(model, nameof(JobClass));
            seriesType = Reference(model, nameof(ClassSeries));
            jurisdictionType = Reference(model, nameof(Jurisdiction));
            gradeType = Reference(model, nameof(PayGrade));
            dateType = Reference(model, nameof(SpecDate));
        }

        /// <summary>
        /// The assembly <paramref name="assemblyName"/> with the generated types of <paramref name="catalogModel"/> in
        /// namespace <paramref name="ns"/> and <paramref name="catalog"/> as the resource
        /// <see cref="CatalogData.ResourceName"/>, asked for when the types are written; and its XML documentation file.
        /// </summary>
        public static (byte[] Assembly, string Documentation) Write(string assemblyName, string ns, CatalogModel catalogModel, Func<byte[]> catalog) =>
            new CatalogAssembly(assemblyName, ns).Emit(assemblyName, catalogModel, catalog);

        private (byte[] Assembly, string Documentation) Emit(string assemblyName, CatalogModel catalogModel, Func<byte[]> catalogBytes)
        {
            documentation.Append("<?xml version=\"1.0\"?>\n<doc>\n    <assembly>\n        <name>").Append(CodeWriter.Xml(assemblyName)).Append("</name>\n    </assembly>\n    <members>\n");
            metadata.AddTypeDefinition(default, default, metadata.GetOrAddString("<Module>"), default, NextField(), NextMethod());
            // As the generator's C#: no jurisdiction read (every spec broken), no JobCatalog, and no type that would need it.
            if (!catalogModel.Index.IsEmpty)
            {
                WriteCatalogType();
            }
            foreach (var jurisdiction in catalogModel.Jurisdictions)
            {
                var type = Api.Jurisdiction(jurisdiction);
                var batches = catalogModel.Batches.Where(b => b.JurisdictionTypeName == type.Name);
                var nested = type.Types
                    .Concat(batches.SelectMany(b => b.Classes.Select(c => Api.Class(c, b.Output.Mode))))
                    .Concat(batches.SelectMany(b => b.Series.Select(s => Api.Series(s, b.Output.Mode))))
                    .ToArray();
                WriteType(new ApiType(type.Name, type.Summary, type.Members) { Types = nested }, default, ns + "." + type.Name);
            }

            if (catalogModel.Codes.Table.Length > 0)
            {
                var jobCodes = Constructor(Reference(model, nameof(JobCodesAttribute)), String);
                metadata.AddCustomAttribute(EntityHandle.AssemblyDefinition, jobCodes, Attribute(a => a.AddArgument().Scalar().Constant(catalogModel.Codes.Table)));
            }

            var catalog = catalogBytes();
            var resources = new BlobBuilder();
            resources.WriteInt32(catalog.Length);
            resources.WriteBytes(catalog);
            metadata.AddManifestResource(ManifestResourceAttributes.Public, metadata.GetOrAddString(CatalogData.ResourceName), default, 0);

            var pe = new ManagedPEBuilder(
                new PEHeaderBuilder(imageCharacteristics: Characteristics.Dll | Characteristics.ExecutableImage),
                new MetadataRootBuilder(metadata),
                il,
                managedResources: resources,
                flags: CorFlags.ILOnly,
                deterministicIdProvider: content => BlobContentId.FromHash(Hash(content)));
            var image = new BlobBuilder();
            var id = pe.Serialize(image);
            var bytes = image.ToArray();
            ReplaceModuleId(bytes, id.Guid);
            documentation.Append("    </members>\n</doc>\n");
            return (bytes, documentation.ToString());
        }

        /// <summary><c>JobCatalog</c>: the catalog opened when the type is first used, and the lookups, each a call to it.</summary>
        private void WriteCatalogType()
        {
            var name = ns + "." + CatalogDocs.TypeName;
            var type = metadata.AddTypeDefinition(
                TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class,
                metadata.GetOrAddString(ns),
                metadata.GetOrAddString(CatalogDocs.TypeName),
                objectType,
                NextField(),
                NextMethod());
            GeneratedCode(type);
            Document("T:" + name, CatalogDocs.Type);
            var data = metadata.AddFieldDefinition(FieldAttributes.Private | FieldAttributes.Static | FieldAttributes.InitOnly, metadata.GetOrAddString("data"), Field(t => t.Type(catalogType, false)));

            var firstProperty = NextProperty();
            dataGetter = Getter("Data", name, CatalogDocs.Data, t => t.Type(catalogType, false), code =>
            {
                code.OpCode(ILOpCode.Ldsfld);
                code.Token(data);
            });
            ForwardGetter("Jurisdictions", "Jurisdictions", name, CatalogDocs.Jurisdictions, jurisdictionType);
            ForwardGetter("All", "Classes", name, CatalogDocs.All, classType);
            ForwardGetter("Series", "Series", name, CatalogDocs.Series, seriesType);
            metadata.AddPropertyMap(type, firstProperty);

            Lookup(name, "TryGetByCode", CatalogDocs.TryGetByCode, classType, "code");
            Lookup(name, "TryGetByCode", CatalogDocs.TryGetByCodeIn, classType, "jurisdictionKey", "code");
            Lookup(name, "TryGetByKey", CatalogDocs.TryGetByKey, classType, "jurisdictionKey", "key");
            Lookup(name, "TryGetSeries", CatalogDocs.TryGetSeries, seriesType, "jurisdictionKey", "seriesKey");

            var byGrade = Method(catalogType, "GetByGrade", false, r => List(r.Type(), classType), String, String, String);
            var parameters = NextParameter();
            metadata.AddParameter(ParameterAttributes.None, metadata.GetOrAddString("jurisdictionKey"), 1);
            metadata.AddParameter(ParameterAttributes.None, metadata.GetOrAddString("grade"), 2);
            var payPlan = metadata.AddParameter(ParameterAttributes.Optional | ParameterAttributes.HasDefault, metadata.GetOrAddString("payPlanKey"), 3);
            metadata.AddConstant(payPlan, null);
            AddMethod(MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig, "GetByGrade", Signature(true, r => List(r.Type(), classType), String, String, String), Body(code =>
            {
                code.Call(dataGetter);
                code.LoadArgument(0);
                code.LoadArgument(1);
                code.LoadArgument(2);
                Callvirt(code, byGrade);
            }), parameters);
            Document("M:" + name + ".GetByGrade(System.String,System.String,System.String)", CatalogDocs.GetByGrade);

            // Opened in the type initializer, which the runtime runs once, on the type's first use.
            var fromAssembly = Method(catalogType, nameof(CatalogData.FromAssembly), true, r => r.Type().Type(catalogType, false), Of(assemblyType, false));
            var typeFromHandle = Method(typeType, "GetTypeFromHandle", true, r => r.Type().Type(typeType, false), Of(typeHandleType, true));
            var assemblyOf = Method(typeType, "get_Assembly", false, r => r.Type().Type(assemblyType, false));
            TypeInitializer(code =>
            {
                code.OpCode(ILOpCode.Ldtoken);
                code.Token(type);
                code.Call(typeFromHandle);
                Callvirt(code, assemblyOf);
                code.Call(fromAssembly);
                code.OpCode(ILOpCode.Stsfld);
                code.Token(data);
            });
        }

        /// <summary>A static property that returns what the catalog's property of the same kind returns.</summary>
        private void ForwardGetter(string name, string catalogProperty, string typeName, string summary, TypeReferenceHandle element)
        {
            var target = Method(catalogType, "get_" + catalogProperty, false, r => List(r.Type(), element));
            Getter(name, typeName, summary, t => List(t, element), code =>
            {
                code.Call(dataGetter);
                Callvirt(code, target);
            });
        }

        /// <summary>A static <c>bool Try…(…, out T found)</c> that asks the catalog's method of the same name.</summary>
        private void Lookup(string typeName, string name, string summary, TypeReferenceHandle found, params string[] keys)
        {
            var parameters = keys.Select(_ => (Action<ParameterTypeEncoder>)String).Concat(new[] { Of(found, false, isByRef: true) }).ToArray();
            var reference = Method(catalogType, name, false, r => r.Type().Boolean(), parameters);
            var firstParameter = NextParameter();
            for (var i = 0; i < keys.Length; i++)
            {
                metadata.AddParameter(ParameterAttributes.None, metadata.GetOrAddString(keys[i]), i + 1);
            }

            metadata.AddParameter(ParameterAttributes.Out, metadata.GetOrAddString(found == seriesType ? "series" : "jobClass"), keys.Length + 1);
            AddMethod(MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig, name, Signature(true, r => r.Type().Boolean(), parameters), Body(code =>
            {
                code.Call(dataGetter);
                for (var i = 0; i <= keys.Length; i++)
                {
                    code.LoadArgument(i);
                }

                Callvirt(code, reference);
            }), firstParameter);
            var foundName = found == seriesType ? nameof(ClassSeries) : nameof(JobClass);
            Document("M:" + typeName + "." + name + "(" + string.Join(",", keys.Select(_ => "System.String")) + ",SpecSdk.Model." + foundName + "@)", summary);
        }

        /// <summary>A generated type and, after its members, its nested types; <paramref name="name"/> is its full name with '.' between types.</summary>
        private void WriteType(ApiType api, TypeDefinitionHandle enclosing, string name)
        {
            var attributes = TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.BeforeFieldInit | TypeAttributes.Class
                | (enclosing.IsNil ? TypeAttributes.Public : TypeAttributes.NestedPublic);
            var type = metadata.AddTypeDefinition(attributes, metadata.GetOrAddString(enclosing.IsNil ? ns : string.Empty), metadata.GetOrAddString(api.Name), objectType, NextField(), NextMethod());
            if (!enclosing.IsNil)
            {
                metadata.AddNestedType(type, enclosing);
            }

            if (api.GeneratedCode)
            {
                GeneratedCode(type);
            }

            if (api.Obsolete is { } message)
            {
                var obsolete = Constructor(Reference(netstandard, "System", "ObsoleteAttribute"), String);
                metadata.AddCustomAttribute(type, obsolete, Attribute(a => a.AddArgument().Scalar().Constant(message)));
            }

            Document("T:" + name, api.Summary);
            var decimals = new List<(FieldDefinitionHandle Field, decimal Value)>();
            foreach (var constant in api.Members.OfType<ApiConstant>())
            {
                Document("F:" + name + "." + constant.Name, constant.Summary);
                var fieldName = metadata.GetOrAddString(constant.Name);
                switch (constant.Value)
                {
                    case string text:
                        metadata.AddConstant(metadata.AddFieldDefinition(FieldAttributes.Public | FieldAttributes.Static | FieldAttributes.Literal | FieldAttributes.HasDefault, fieldName, Field(t => t.String())), text);
                        break;
                    case int number:
                        metadata.AddConstant(metadata.AddFieldDefinition(FieldAttributes.Public | FieldAttributes.Static | FieldAttributes.Literal | FieldAttributes.HasDefault, fieldName, Field(t => t.Int32())), number);
                        break;
                    default:
                        // As C# compiles a decimal constant: a static read-only field that [DecimalConstant] gives the compiler as a constant.
                        var value = (decimal)constant.Value;
                        var field = metadata.AddFieldDefinition(FieldAttributes.Public | FieldAttributes.Static | FieldAttributes.InitOnly, fieldName, Field(t => t.Type(decimalType, true)));
                        var bits = decimal.GetBits(value);
                        var decimalConstant = Constructor(Reference(netstandard, "System.Runtime.CompilerServices", "DecimalConstantAttribute"), Byte, Byte, UInt32, UInt32, UInt32);
                        metadata.AddCustomAttribute(field, decimalConstant, Attribute(a =>
                        {
                            a.AddArgument().Scalar().Constant((byte)((bits[3] >> 16) & 0xff));
                            a.AddArgument().Scalar().Constant((byte)(bits[3] < 0 ? 1 : 0));
                            a.AddArgument().Scalar().Constant(unchecked((uint)bits[2]));
                            a.AddArgument().Scalar().Constant(unchecked((uint)bits[1]));
                            a.AddArgument().Scalar().Constant(unchecked((uint)bits[0]));
                        }));
                        decimals.Add((field, value));
                        break;
                }
            }

            var firstProperty = NextProperty();
            var properties = 0;
            var instance = default(MethodDefinitionHandle);
            foreach (var accessor in api.Members.OfType<ApiAccessor>())
            {
                if (accessor.Call == ApiCall.GradeAsOf)
                {
                    AsOf(accessor, name);
                    continue;
                }

                properties++;
                var getter = Accessor(accessor, name, instance);
                if (accessor.Name == GeneratedMembers.Instance)
                {
                    instance = getter;
                }
            }

            if (properties > 0)
            {
                metadata.AddPropertyMap(type, firstProperty);
            }

            if (decimals.Count > 0)
            {
                var constructor = Constructor(decimalType, Int32, Int32, Int32, Boolean, Byte);
                TypeInitializer(code =>
                {
                    foreach (var (field, value) in decimals)
                    {
                        var bits = decimal.GetBits(value);
                        code.LoadConstantI4(bits[0]);
                        code.LoadConstantI4(bits[1]);
                        code.LoadConstantI4(bits[2]);
                        code.LoadConstantI4(bits[3] < 0 ? 1 : 0);
                        code.LoadConstantI4((bits[3] >> 16) & 0xff);
                        code.OpCode(ILOpCode.Newobj);
                        code.Token(constructor);
                        code.OpCode(ILOpCode.Stsfld);
                        code.Token(field);
                    }
                });
            }

            foreach (var nested in api.Types)
            {
                WriteType(nested, type, name + "." + nested.Name);
            }
        }

        /// <summary>An accessor property; <paramref name="instance"/> is the type's <c>Instance</c> getter, which <c>Levels</c> passes on.</summary>
        private MethodDefinitionHandle Accessor(ApiAccessor accessor, string typeName, MethodDefinitionHandle instance)
        {
            var (returned, method, keys) = accessor.Call switch
            {
                ApiCall.Jurisdiction => (jurisdictionType, "GetJurisdiction", accessor.Keys.Count),
                ApiCall.Class => (classType, "GetClass", accessor.Keys.Count),
                ApiCall.Series => (seriesType, "GetSeries", accessor.Keys.Count),
                ApiCall.Grade => (gradeType, "GetGrade", accessor.Keys.Count),
                _ => (classType, "GetLevels", 0),
            };
            var isList = accessor.Call == ApiCall.Levels;
            var asOf = accessor.AsOf;
            var parameters = isList
                ? new[] { Of(seriesType, false) }
                : Enumerable.Repeat<Action<ParameterTypeEncoder>>(String, keys).Concat(asOf is null ? Array.Empty<Action<ParameterTypeEncoder>>() : new[] { Of(dateType, true) }).ToArray();
            var reference = Method(catalogType, method, false, r => Returned(r.Type(), returned, isList), parameters);
            return Getter(accessor.Name, typeName, accessor.Summary, t => Returned(t, returned, isList), code =>
            {
                code.Call(dataGetter);
                if (isList)
                {
                    code.Call(instance);
                }

                foreach (var key in accessor.Keys)
                {
                    code.LoadString(metadata.GetOrAddUserString(key));
                }

                if (asOf is { } date)
                {
                    code.LoadConstantI4(date.Year);
                    code.LoadConstantI4(date.Month);
                    code.LoadConstantI4(date.Day);
                    code.OpCode(ILOpCode.Newobj);
                    code.Token(Constructor(dateType, Int32, Int32, Int32));
                }

                Callvirt(code, reference);
            });
        }

        /// <summary><c>PayGrade AsOf(SpecDate date)</c>: the grade as the pay plan version in effect then gives it.</summary>
        private void AsOf(ApiAccessor accessor, string typeName)
        {
            var keys = accessor.Keys.Select(_ => (Action<ParameterTypeEncoder>)String).Concat(new[] { Of(dateType, true) }).ToArray();
            var find = Method(catalogType, "FindGrade", false, r => r.Type().Type(gradeType, false), keys);
            var parameters = NextParameter();
            metadata.AddParameter(ParameterAttributes.None, metadata.GetOrAddString("date"), 1);
            AddMethod(MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig, accessor.Name, Signature(true, r => r.Type().Type(gradeType, false), Of(dateType, true)), Body(code =>
            {
                code.Call(dataGetter);
                foreach (var key in accessor.Keys)
                {
                    code.LoadString(metadata.GetOrAddUserString(key));
                }

                code.LoadArgument(0);
                Callvirt(code, find);
            }), parameters);
            Document("M:" + typeName + "." + accessor.Name + "(SpecSdk.Model.SpecDate)", accessor.Summary);
        }

        private void Returned(SignatureTypeEncoder type, TypeReferenceHandle returned, bool isList)
        {
            if (isList)
            {
                List(type, returned);
            }
            else
            {
                type.Type(returned, false);
            }
        }

        /// <summary>A static property with a getter whose body is <paramref name="body"/> and then <c>ret</c>.</summary>
        private MethodDefinitionHandle Getter(string name, string typeName, string summary, Action<SignatureTypeEncoder> returned, Action<InstructionEncoder> body)
        {
            var signature = new BlobBuilder();
            new BlobEncoder(signature).PropertySignature(isInstanceProperty: false).Parameters(0, r => returned(r.Type()), _ => { });
            var property = metadata.AddProperty(PropertyAttributes.None, metadata.GetOrAddString(name), metadata.GetOrAddBlob(signature));
            var getter = AddMethod(
                MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig | MethodAttributes.SpecialName,
                "get_" + name,
                Signature(true, r => returned(r.Type())),
                Body(body),
                NextParameter());
            metadata.AddMethodSemantics(property, MethodSemanticsAttributes.Getter, getter);
            Document("P:" + typeName + "." + name, summary);
            return getter;
        }

        private void TypeInitializer(Action<InstructionEncoder> body) => AddMethod(
            MethodAttributes.Private | MethodAttributes.Static | MethodAttributes.HideBySig | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName,
            ".cctor",
            Signature(true, r => r.Void()),
            Body(body),
            NextParameter());

        private MethodDefinitionHandle AddMethod(MethodAttributes attributes, string name, BlobHandle signature, int body, ParameterHandle parameters) =>
            metadata.AddMethodDefinition(attributes, MethodImplAttributes.IL, metadata.GetOrAddString(name), signature, body, parameters);

        private int Body(Action<InstructionEncoder> body)
        {
            var code = new InstructionEncoder(new BlobBuilder());
            body(code);
            code.OpCode(ILOpCode.Ret);
            return bodies.AddMethodBody(code);
        }

        private static void Callvirt(InstructionEncoder code, EntityHandle method)
        {
            code.OpCode(ILOpCode.Callvirt);
            code.Token(method);
        }

        private void GeneratedCode(TypeDefinitionHandle type)
        {
            var constructor = Constructor(Reference(netstandard, "System.CodeDom.Compiler", "GeneratedCodeAttribute"), String, String);
            metadata.AddCustomAttribute(type, constructor, Attribute(a =>
            {
                a.AddArgument().Scalar().Constant("SpecSdk.Generators");
                a.AddArgument().Scalar().Constant(Api.GeneratorVersion);
            }));
        }

        private void List(SignatureTypeEncoder type, TypeReferenceHandle element) =>
            type.GenericInstantiation(listType, 1, isValueType: false).AddArgument().Type(element, false);

        /// <summary>A reference to a type of another assembly, added once however often it is asked for.</summary>
        private TypeReferenceHandle Reference(AssemblyReferenceHandle scope, string typeNamespace, string name)
        {
            var key = (scope, typeNamespace + "." + name);
            if (!types.TryGetValue(key, out var type))
            {
                type = metadata.AddTypeReference(scope, metadata.GetOrAddString(typeNamespace), metadata.GetOrAddString(name));
                types.Add(key, type);
            }

            return type;
        }

        private TypeReferenceHandle Reference(AssemblyReferenceHandle scope, string name) => Reference(scope, "SpecSdk.Model", name);

        private MemberReferenceHandle Constructor(TypeReferenceHandle type, params Action<ParameterTypeEncoder>[] parameters) =>
            Method(type, ".ctor", isStatic: false, r => r.Void(), parameters);

        /// <summary>A reference to a method of another assembly, added once however often it is asked for.</summary>
        private MemberReferenceHandle Method(TypeReferenceHandle type, string name, bool isStatic, Action<ReturnTypeEncoder> returned, params Action<ParameterTypeEncoder>[] parameters)
        {
            var key = (type, name, Signature(isStatic, returned, parameters));
            if (!members.TryGetValue(key, out var member))
            {
                member = metadata.AddMemberReference(type, metadata.GetOrAddString(name), key.Item3);
                members.Add(key, member);
            }

            return member;
        }

        private BlobHandle Signature(bool isStatic, Action<ReturnTypeEncoder> returned, params Action<ParameterTypeEncoder>[] parameters)
        {
            var signature = new BlobBuilder();
            new BlobEncoder(signature).MethodSignature(isInstanceMethod: !isStatic).Parameters(parameters.Length, returned, encoder =>
            {
                foreach (var parameter in parameters)
                {
                    parameter(encoder.AddParameter());
                }
            });
            return metadata.GetOrAddBlob(signature);
        }

        private static void String(ParameterTypeEncoder parameter) => parameter.Type().String();

        private static void Int32(ParameterTypeEncoder parameter) => parameter.Type().Int32();

        private static void Byte(ParameterTypeEncoder parameter) => parameter.Type().Byte();

        private static void UInt32(ParameterTypeEncoder parameter) => parameter.Type().UInt32();

        private static void Boolean(ParameterTypeEncoder parameter) => parameter.Type().Boolean();

        private Action<ParameterTypeEncoder> Of(TypeReferenceHandle type, bool isValueType, bool isByRef = false) => parameter => parameter.Type(isByRef).Type(type, isValueType);

        private BlobHandle Field(Action<SignatureTypeEncoder> type)
        {
            var signature = new BlobBuilder();
            type(new BlobEncoder(signature).FieldSignature());
            return metadata.GetOrAddBlob(signature);
        }

        private BlobHandle Attribute(Action<FixedArgumentsEncoder> arguments)
        {
            var blob = new BlobBuilder();
            new BlobEncoder(blob).CustomAttributeSignature(arguments, named => named.Count(0));
            return metadata.GetOrAddBlob(blob);
        }

        private void Document(string id, string summary)
        {
            documentation.Append("        <member name=\"").Append(CodeWriter.Xml(id).Replace("\"", "&quot;")).Append("\">\n            <summary>\n");
            foreach (var line in summary.Split('\n'))
            {
                documentation.Append("            ").Append(CodeWriter.Xml(line.TrimEnd())).Append('\n');
            }

            documentation.Append("            </summary>\n        </member>\n");
        }

        private FieldDefinitionHandle NextField() => MetadataTokens.FieldDefinitionHandle(metadata.GetRowCount(TableIndex.Field) + 1);

        private MethodDefinitionHandle NextMethod() => MetadataTokens.MethodDefinitionHandle(metadata.GetRowCount(TableIndex.MethodDef) + 1);

        private PropertyDefinitionHandle NextProperty() => MetadataTokens.PropertyDefinitionHandle(metadata.GetRowCount(TableIndex.Property) + 1);

        private ParameterHandle NextParameter() => MetadataTokens.ParameterHandle(metadata.GetRowCount(TableIndex.Param) + 1);

        private static byte[] Hash(IEnumerable<Blob> content)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var blob in content)
            {
                var segment = blob.GetBytes();
                hash.AppendData(segment.Array!, segment.Offset, segment.Count);
            }

            return hash.GetHashAndReset();
        }

        /// <summary>Writes <paramref name="id"/> where the placeholder module id stands, once: the image's hash becomes its module id.</summary>
        private static void ReplaceModuleId(byte[] image, Guid id)
        {
            var at = image.AsSpan().IndexOf(ModuleIdPlaceholder.ToByteArray());
            if (at < 0)
            {
                throw new InvalidOperationException("The module id placeholder is not in the image.");
            }

            id.ToByteArray().CopyTo(image, at);
        }
    }
}
